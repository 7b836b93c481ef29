int area(int w, int h);
double area(double w, double h) { return w * h; }
int main(void) { return 0; }
