/* program: maze generation by randomized DFS (own LCG) on a 15x10 cell grid, BFS shortest path, ASCII rendering */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

#define CW 15
#define CH 10
#define GW (2 * CW + 1)
#define GH (2 * CH + 1)

static char g[GH][GW + 1];
static uint32_t seed = 777;
static uint32_t rnd(void) { seed = seed * 1664525u + 1013904223u; return seed >> 8; }

int main(void) {
    for (int y = 0; y < GH; y++) { memset(g[y], '#', GW); g[y][GW] = 0; }
    int stack[CW * CH], sp = 0;
    static int visited[CH][CW];
    stack[sp++] = 0;
    visited[0][0] = 1;
    g[1][1] = ' ';
    while (sp) {
        int cur = stack[sp - 1], cx = cur % CW, cy = cur / CW;
        int dirs[4], nd = 0;
        const int dx[4] = {1, -1, 0, 0}, dy[4] = {0, 0, 1, -1};
        for (int d = 0; d < 4; d++) {
            int nx = cx + dx[d], ny = cy + dy[d];
            if (nx >= 0 && nx < CW && ny >= 0 && ny < CH && !visited[ny][nx]) dirs[nd++] = d;
        }
        if (!nd) { sp--; continue; }
        int d = dirs[rnd() % (uint32_t)nd];
        int nx = cx + dx[d], ny = cy + dy[d];
        visited[ny][nx] = 1;
        g[2 * cy + 1 + dy[d]][2 * cx + 1 + dx[d]] = ' ';
        g[2 * ny + 1][2 * nx + 1] = ' ';
        stack[sp++] = ny * CW + nx;
    }
    /* BFS from top-left to bottom-right */
    static int dist[GH][GW], prev[GH][GW];
    for (int y = 0; y < GH; y++) for (int x = 0; x < GW; x++) dist[y][x] = -1;
    int q[GH * GW], qh = 0, qt = 0;
    q[qt++] = 1 * GW + 1;
    dist[1][1] = 0;
    while (qh < qt) {
        int c = q[qh++], x = c % GW, y = c / GW;
        const int dx[4] = {1, -1, 0, 0}, dy[4] = {0, 0, 1, -1};
        for (int d = 0; d < 4; d++) {
            int nx = x + dx[d], ny = y + dy[d];
            if (g[ny][nx] == ' ' && dist[ny][nx] < 0) { dist[ny][nx] = dist[y][x] + 1; prev[ny][nx] = c; q[qt++] = ny * GW + nx; }
        }
    }
    int tx = GW - 2, ty = GH - 2;
    printf("path length %d, cells reachable %d\n", dist[ty][tx], qt);
    for (int c = ty * GW + tx; c != 1 * GW + 1; c = prev[c / GW][c % GW]) g[c / GW][c % GW] = '.';
    g[1][1] = 'S';
    g[ty][tx] = 'E';
    for (int y = 0; y < GH; y++) puts(g[y]);
    int dead = 0;
    for (int y = 1; y < GH; y += 2)
        for (int x = 1; x < GW; x += 2) {
            int open = (g[y][x - 1] != '#') + (g[y][x + 1] != '#') + (g[y - 1][x] != '#') + (g[y + 1][x] != '#');
            dead += open == 1;
        }
    printf("dead ends: %d\n", dead);
    return 0;
}
