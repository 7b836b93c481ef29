-- SQLite's write-ahead log under voxvm against gcc's build (sqlite3.c + shell.c, unchanged):
--   mkdir box tmp && voxvm --dir box::/db:rw --dir tmp::/tmp:rw sqlite3.c shell.c -- /db/test.db < this file
--   mkdir db && sed 's#/db/#db/#' this file | ./sqlite-gcc db/test.db
-- The outputs must be identical, and gcc's build must read box/test.db back with
-- `PRAGMA integrity_check` ok. The WAL index is a MAP_SHARED mapping of test.db-shm;
-- a second connection (.connection 1) sees the first one's commits through it.
PRAGMA journal_mode=WAL;
CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT);
WITH RECURSIVE c(x) AS (VALUES(1) UNION ALL SELECT x+1 FROM c WHERE x<20000)
  INSERT INTO t SELECT x, printf('row %d', x*7) FROM c;
SELECT count(*), sum(a), max(b) FROM t;
BEGIN; UPDATE t SET b = upper(b) WHERE a % 3 = 0; COMMIT;
.connection 1
.open /db/test.db
PRAGMA journal_mode;
SELECT count(*), sum(length(b)), count(*) FILTER (WHERE b GLOB 'ROW*') FROM t;
INSERT INTO t(b) VALUES('from connection 1');
.connection 0
SELECT a, b FROM t ORDER BY a DESC LIMIT 2;
PRAGMA wal_checkpoint(TRUNCATE);
DELETE FROM t WHERE a > 10000;
SELECT count(*) FROM t;
PRAGMA integrity_check;
