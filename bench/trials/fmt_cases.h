/* Format cases shared by the formatting-library drivers: each line runs
   one format through the library under test (FMT, snprintf-like) and
   prints the result, so gcc's build and voxvm's can be compared. */
#define CASE(...)                                   \
    do {                                            \
        char buf_[512];                             \
        int n_ = FMT(buf_, sizeof buf_, __VA_ARGS__); \
        printf("%3d [%s]\n", n_, buf_);             \
    } while (0)

static void run_cases(void) {
    CASE("%d %i %u", 42, -17, 3000000000u);
    CASE("%5d|%-5d|%05d|%+d|% d", 42, 42, 42, 42, 42);
    CASE("%x %X %o %#x %#o", 255, 255, 8, 255, 8);
    CASE("%ld %lld %lu %llx", -1234567890123L, 9223372036854775807LL, 18446744073709551615UL, 0xdeadbeefcafeULL);
    CASE("%hd %hhd %hu %hhu", (short)-2, (signed char)-3, (unsigned short)65535, (unsigned char)255);
    CASE("%zu %td", (size_t)12345, (ptrdiff_t)-99);
    CASE("%s|%10s|%-10s|%.3s", "hello", "right", "left", "truncated");
    CASE("%c%c%c", 'a', 'b', 'c');
    CASE("%%|%5%|");
    CASE("%f %.2f %10.4f %-10.1f|", 3.14159, 2.71828, -1.5, 0.05);
    CASE("%e %.3E %g %G", 12345.678, 0.000123, 1e-5, 1e20);
    CASE("%g %g %g %g", 100000.0, 1000000.0, 0.0001, 123456789.0);
    CASE("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5);
    CASE("%f %f", 1e15, 123456789.125);
    CASE("%.10f %.15g %.17g", 1.0 / 3, 0.1, 0.1);
    CASE("%*d|%-*d|%.*f", 6, 7, 6, 7, 3, 3.14159);
    CASE("%#.3g %#x %#o", 1.0, 0, 0);
    CASE("%+.2e % .3f", 1234.5, 2.0);
    CASE("%p", (void *)0x1234);
    /* Not INT_MIN: both libraries negate it as an int (undefined). */
    CASE("%d %d %d", 0, -2147483647, 2147483647);
    CASE("%08.3f|%-8.3f|%+08d", -3.14159, 3.14159, 42);
    CASE("%.3d|%.0d|%5.3d", 7, 0, 7);
    CASE("%s", "");
    CASE("%10.3e|%-12.4E|", 6.02214076e23, 1.602176634e-19);
    CASE("%g %g", 0.0, -0.0);
    CASE("%lf %Lf", 1.25, (long double)2.5);
}
