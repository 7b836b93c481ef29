/* gcc's __builtin_add/sub/mul_overflow (and the typed s/u variants): the
   parser passes the operands as 64-bit patterns with their signedness (a
   signed one sign-extended) and the result object's size and signedness.
   The exact result is computed as a sign and a 128-bit magnitude, stored to
   *res wrapped to its width, and 1 is returned when it does not fit. */
typedef unsigned long long u64;

struct big {
    u64 hi, lo;
    int neg;
};

static struct big from64(u64 v, int is_signed) {
    struct big r;
    r.hi = 0;
    if (is_signed && (long long)v < 0) {
        r.neg = 1;
        r.lo = -v; /* the magnitude, 2^63 for the most negative value */
    } else {
        r.neg = 0;
        r.lo = v;
    }
    return r;
}

static int mag_less(struct big a, struct big b) {
    return a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo;
}

static struct big add_big(struct big a, struct big b) {
    struct big r;
    if (a.neg == b.neg) {
        r.lo = a.lo + b.lo;
        r.hi = a.hi + b.hi + (r.lo < a.lo);
        r.neg = a.neg;
    } else {
        if (mag_less(a, b)) {
            struct big t = a;
            a = b;
            b = t;
        }
        r.lo = a.lo - b.lo;
        r.hi = a.hi - b.hi - (a.lo < b.lo);
        r.neg = a.neg;
    }
    if (r.hi == 0 && r.lo == 0) r.neg = 0;
    return r;
}

static struct big mul_big(struct big a, struct big b) {
    u64 a0 = a.lo & 0xffffffffu, a1 = a.lo >> 32;
    u64 b0 = b.lo & 0xffffffffu, b1 = b.lo >> 32;
    u64 p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    u64 mid = (p00 >> 32) + (p01 & 0xffffffffu) + (p10 & 0xffffffffu);
    struct big r;
    r.lo = (p00 & 0xffffffffu) | (mid << 32);
    r.hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
    r.neg = (r.hi || r.lo) ? a.neg ^ b.neg : 0;
    return r;
}

int __vox_overflow(int op, unsigned long a, int a_signed, unsigned long b, int b_signed,
                   void *res, int size, int res_signed) {
    struct big x = from64(a, a_signed), y = from64(b, b_signed), r;
    if (op == 0) {
        r = add_big(x, y);
    } else if (op == 1) {
        if (y.hi || y.lo) y.neg = !y.neg;
        r = add_big(x, y);
    } else {
        r = mul_big(x, y);
    }
    int bits = size * 8;
    int fits;
    if (r.hi) {
        fits = 0;
    } else if (res_signed) {
        u64 limit = (u64)1 << (bits - 1);
        fits = r.neg ? r.lo <= limit : r.lo < limit;
    } else {
        fits = !r.neg && (bits == 64 || r.lo >> bits == 0);
    }
    u64 v = r.neg ? -r.lo : r.lo;
    switch (size) {
    case 1: *(unsigned char *)res = (unsigned char)v; break;
    case 2: *(unsigned short *)res = (unsigned short)v; break;
    case 4: *(unsigned int *)res = (unsigned int)v; break;
    default: *(u64 *)res = v; break;
    }
    return !fits;
}
