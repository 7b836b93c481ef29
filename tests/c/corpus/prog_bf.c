/* program: a brainf*** interpreter with precomputed jumps running hello world, arithmetic and a cell-wrapping test */
#include <stdio.h>
#include <string.h>

static int run(const char *prog, const char *input) {
    static unsigned char tape[30000];
    static int jump[4096];
    int stack[256], sp = 0;
    size_t n = strlen(prog);
    for (size_t i = 0; i < n; i++) {
        if (prog[i] == '[') stack[sp++] = (int)i;
        else if (prog[i] == ']') {
            if (sp == 0) return -1;
            int j = stack[--sp];
            jump[i] = j;
            jump[j] = (int)i;
        }
    }
    if (sp) return -1;
    memset(tape, 0, sizeof tape);
    int ptr = 0;
    long steps = 0;
    for (size_t pc = 0; pc < n; pc++) {
        steps++;
        switch (prog[pc]) {
        case '>': ptr++; break;
        case '<': ptr--; break;
        case '+': tape[ptr]++; break;
        case '-': tape[ptr]--; break;
        case '.': putchar(tape[ptr]); break;
        case ',': tape[ptr] = *input ? (unsigned char)*input++ : 0; break;
        case '[': if (!tape[ptr]) pc = (size_t)jump[pc]; break;
        case ']': if (tape[ptr]) pc = (size_t)jump[pc]; break;
        }
        if (ptr < 0 || ptr >= 30000) return -2;
    }
    printf("[steps=%ld]\n", steps);
    return 0;
}

int main(void) {
    run("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.", "");
    /* echo input uppercased-ish: add nothing, just copy until NUL */
    run(",[.,]++++++++++.", "echo this line");
    /* print digits 0-9 */
    run("++++++++[>++++++<-]>>++++++++++[<.+>-]++++++++++.", "");
    /* add two single digit numbers: 3 + 4 -> 7 */
    run(",>,[<+>-]<------------------------------------------------.>++++++++++.", "34");
    /* wrap around: 0 - 1 = 255, print as count of loop iterations via dots */
    run("->+<[>+<-]>[-]+++++++[>++++++++++<-]>---.<", "");
    printf("\n");
    printf("unbalanced: %d\n", run("[[]", ""));
    return 0;
}
