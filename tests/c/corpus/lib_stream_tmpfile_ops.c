/* Streams on a tmpfile: fwrite/fread, fseek/ftell/rewind, ungetc, feof,
   ferror/clearerr, fgets/fputs, fscanf/fprintf, getc/putc, fgetpos/fsetpos,
   reading a write-only stream, getline. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    FILE *f = tmpfile();
    if (!f) {
        printf("no tmpfile\n");
        return 1;
    }
    for (int i = 0; i < 5; i++) fprintf(f, "line %d: %d\n", i, i * i);
    printf("ftell after writing: %ld\n", ftell(f));
    rewind(f);
    char line[64];
    while (fgets(line, sizeof line, f)) fputs(line, stdout);
    printf("feof %d ferror %d\n", feof(f), ferror(f));
    clearerr(f);
    printf("after clearerr: feof %d\n", feof(f));

    fseek(f, 5, SEEK_SET);
    int c = getc(f);
    printf("byte 5 is '%c', ftell %ld\n", c, ftell(f));
    ungetc('X', f);
    long at = ftell(f);
    c = getc(f);
    printf("after ungetc: ftell %ld, getc '%c'\n", at, c);
    fseek(f, -3, SEEK_END);
    printf("3 from the end: '%c'\n", getc(f));

    fpos_t pos;
    fseek(f, 0, SEEK_SET);
    fgetpos(f, &pos);
    int n, sq;
    int k = fscanf(f, "line %d: %d", &n, &sq);
    printf("fscanf -> %d (%d, %d)\n", k, n, sq);
    fsetpos(f, &pos);
    printf("after fsetpos: '%c'\n", getc(f));

    double vals[4] = {1.5, -2.25, 1e300, 0.1}, back[4];
    size_t got;
    fseek(f, 0, SEEK_SET);
    printf("fwrite %zu\n", fwrite(vals, sizeof vals[0], 4, f));
    fseek(f, 0, SEEK_SET);
    got = fread(back, sizeof back[0], 4, f);
    printf("fread %zu:", got);
    for (int i = 0; i < 4; i++) printf(" %g", back[i]);
    printf("\nsame bytes: %d\n", memcmp(vals, back, sizeof vals) == 0);
    fseek(f, 0, SEEK_END);
    printf("size %ld\n", ftell(f));
    got = fread(back, 1, 10, f);
    printf("fread past the end: %zu, feof %d\n", got, feof(f));

    rewind(f);
    fputs("alpha\nbeta\ngamma", f);
    rewind(f);
    char *l = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&l, &cap, f)) > 0) printf("getline %zd: %s%s", len, l, l[len - 1] == '\n' ? "" : "\n");
    free(l);
    printf("fclose %d\n", fclose(f));

    c = fgetc(stdout);
    printf("reading stdout: %d, ferror %d\n", c, ferror(stdout) != 0);
    clearerr(stdout);
    return 0;
}
