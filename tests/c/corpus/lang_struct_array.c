/* arrays of structs: init, sort by field, search, aggregate */
#include <stdio.h>
#include <string.h>

struct emp { char name[12]; int age; double salary; };

int main(void) {
    struct emp staff[] = {
        { "alice", 34, 5200.5 }, { "bob", 28, 4100.0 }, { "carol", 45, 7300.25 },
        { "dave", 39, 6100.0 }, { "eve", 23, 3900.75 }, { "frank", 51, 8000.0 },
    };
    int n = (int)(sizeof staff / sizeof staff[0]);
    int i, j;
    printf("n=%d sizeof element=%zu\n", n, sizeof staff[0]);
    for (i = 1; i < n; i++) {
        struct emp key = staff[i];
        j = i - 1;
        while (j >= 0 && staff[j].age > key.age) { staff[j + 1] = staff[j]; j--; }
        staff[j + 1] = key;
    }
    for (i = 0; i < n; i++) printf("%-6s %2d %8.2f\n", staff[i].name, staff[i].age, staff[i].salary);
    double total = 0;
    for (i = 0; i < n; i++) total += staff[i].salary;
    printf("total %.2f avg %.3f\n", total, total / n);
    struct emp *oldest = &staff[0];
    for (i = 1; i < n; i++) if (staff[i].age > oldest->age) oldest = &staff[i];
    printf("oldest %s\n", oldest->name);
    for (i = 0; i < n; i++) if (strcmp(staff[i].name, "dave") == 0) staff[i].salary *= 1.1;
    for (i = 0; i < n; i++) if (staff[i].name[0] == 'd') printf("dave now %.2f\n", staff[i].salary);
    struct emp blank[3] = { { "x", 1, 0 } };
    printf("blank[2]: name='%s' age=%d salary=%.1f\n", blank[2].name, blank[2].age, blank[2].salary);
    return 0;
}
