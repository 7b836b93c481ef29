/* pointers to struct members, arrow vs dot, pointers into nested structs and arrays of structs */
#include <stdio.h>
#include <stddef.h>

struct inner { int x, y; char tag[8]; };
struct outer { long id; struct inner in; struct inner arr[3]; struct inner *link; };

static void bump(int *p) { (*p)++; }

int main(void) {
    struct outer o = { 1, { 2, 3, "in" }, { { 4, 5, "a0" }, { 6, 7, "a1" }, { 8, 9, "a2" } }, NULL };
    struct outer *po = &o;
    o.link = &o.arr[1];
    printf("po->in.x=%d (*po).in.y=%d po->arr[2].tag=%s\n", po->in.x, (*po).in.y, po->arr[2].tag);
    printf("po->link->x=%d po->link->tag[1]=%c\n", po->link->x, po->link->tag[1]);
    int *px = &po->in.x;
    *px = 20;
    bump(&o.arr[0].y);
    bump(&po->link->x);
    printf("in.x=%d arr[0].y=%d arr[1].x=%d\n", o.in.x, o.arr[0].y, o.arr[1].x);
    char *tagp = po->arr[2].tag;
    tagp[0] = 'Z';
    printf("arr[2].tag=%s\n", o.arr[2].tag);
    struct inner *ip = o.arr;
    ip++;
    printf("ip->x=%d (ip+1)->y=%d ip[-1].x=%d\n", ip->x, (ip + 1)->y, ip[-1].x);
    /* recover struct from member pointer via offsetof */
    struct inner *from_y = (struct inner *)((char *)&o.arr[2].y - offsetof(struct inner, y));
    printf("container of arr[2].y has x=%d\n", from_y->x);
    long *pid = &po->id;
    *pid += 41;
    printf("id=%ld\n", o.id);
    struct inner copy = *po->link;
    copy.x = -1;
    printf("copy.x=%d original=%d\n", copy.x, po->link->x);
    return 0;
}
