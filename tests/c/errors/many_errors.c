int main(void) {
    int a = ;
    undeclared_fn_ptr->x = 1;
    char *s = 3.5;
    return "text" * 2;
}
