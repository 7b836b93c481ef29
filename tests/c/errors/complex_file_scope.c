// Complex arithmetic on variables at file scope is not a constant: one
// error for each initializer, and no crash for integer complex division.
_Complex int zi;
double _Complex zd;
_Complex int wi = zi / (_Complex int)2;
static double _Complex wd = zd * zd;
int main(void) { return 0; }
