/* Static initializers must be constant even where nothing uses the object
   (they are checked when the program is linked). */
struct pair { int a; int b; };
struct pair x = {1, 2};
struct pair y = x;
struct outer { double d; struct pair inner; } z = {1.0, x};
int main(void) {
    int i = 10;
    static union { int a; int b; } unused = {i};
    return 0;
}
