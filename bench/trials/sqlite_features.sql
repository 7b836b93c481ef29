-- SQL for trying SQLite's shell (sqlite3.c + shell.c, unchanged) under voxvm against
-- gcc's build: voxvm sqlite3.c shell.c < this file. Compile both with
-- -DSQLITE_ENABLE_MATH_FUNCTIONS -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE
-- -DSQLITE_ENABLE_GEOPOLY -DSQLITE_ENABLE_DBSTAT_VTAB for the last part; the output
-- must be identical (randomblob and sha3 of random data are left out).
.mode list
create table nums(n integer primary key, sq int, txt text);
with recursive c(x) as (select 1 union all select x+1 from c where x<20000)
insert into nums select x, x*x, printf('%08d-%s', x, hex(x*31)) from c;
select count(*), sum(sq), max(txt), min(txt) from nums;
create index i_txt on nums(txt);
select n, txt from nums where txt like '0001234%' order by n;
select n % 7 as k, count(*), avg(sq), total(n) from nums group by k order by k;
select n, sum(n) over (order by n rows between 2 preceding and current row) from nums where n < 10;
select n, rank() over (partition by n%3 order by n desc) from nums where n < 12 order by n;
select json_object('a', 1, 'b', json_array(1,2,3.5,'x'), 'c', null);
select json_extract('{"a":{"b":[10,20,30]}}', '$.a.b[1]'), json_type('[1,2]');
select value from json_each('[5,4,"z",null,1.25]');
select printf('%.3f %e %g %10.4s| %-5d|%x', 3.14159265, 12345.678, 0.0001234, 'abcdefgh', 42, 255);
select round(2.5), round(-2.5), round(1.23456, 3), 7/2, 7.0/2, 7%3, -7%3, abs(-9223372036854775807);
select cast('12abc' as integer), cast(3.99 as integer), cast('1e3' as real), typeof(1), typeof(1.0), typeof('a'), typeof(x'00'), typeof(null);
select upper('héllo'), lower('ABC'), length('héllo'), substr('abcdef', 2, 3), replace('aaa','a','bb'), trim('  x  '), instr('hello','ll');
select datetime(0, 'unixepoch'), date('2024-02-28', '+1 day'), strftime('%Y-%m-%d %H:%M:%S', '2021-12-31 23:59:59', '+1 second'), julianday('2000-01-01');
begin; update nums set sq = -sq where n % 1000 = 0; select sum(sq) from nums; rollback; select sum(sq) from nums;
create table t2(a, b, c, primary key(a,b)) without rowid;
insert into t2 select n%10, n, n*2 from nums where n <= 100;
select a, count(*), group_concat(b, ';') from t2 group by a having count(*) > 9 order by a limit 3;
select * from nums n1 join nums n2 on n1.n = n2.sq where n1.n < 100 order by 1;
create view v as select n, sq from nums where n between 100 and 110;
select * from v except select * from v where n % 2 = 0;
create trigger tr after insert on t2 begin insert into nums values(new.b + 100000, 0, 'trig'); end;
insert into t2 values(99, 99, 99);
select * from nums where txt = 'trig';
select quote(x'0102ff'), quote('it''s'), zeroblob(4), hex(zeroblob(3));
select sqlite_compileoption_used('THREADSAFE'), 1e308*10, -1e308*10, 0.1+0.2;
explain query plan select * from nums where txt = 'x';
pragma integrity_check;
select likely(1), unlikely(0), coalesce(null, null, 3), nullif(1,1), iif(1>2,'a','b');
select total_changes();
create table p(id integer primary key, name text, score real, data blob);
insert into p values(1,'alice',9.5,x'00ff'),(2,'bob',NULL,NULL),(3,'carol "c"',-1e-5,x'');
.schema
.dump
.mode box
select * from p;
.mode json
select id, name, score from p;
.mode csv
.headers on
select * from p;
.mode markdown
select value, value*value from generate_series(1,5);
.mode line
.mode list
select sha3('abc'), length(sha3('abc', 512));
select decimal_add('0.1','0.2'), decimal_mul('1.5','2.25');
select * from (values (1),(2),(3)) join (values ('a'),('b')) order by 1, 2 limit 4;
select format('%q|%Q|%w|%c', 'it''s', NULL, 'x"y', 65);
select regexp_like('abc','b') ;
.mode qbox
select 1 as one, 'two' as two;
select sin(1.0), pi(), sqrt(2), ln(10), pow(2,10), ceil(-1.5), floor(-1.5), mod(7,3), atan2(1,2), log(2, 8), degrees(pi());
create virtual table docs using fts5(title, body);
insert into docs values('one','the quick brown fox'),('two','jumps over the lazy dog'),('three','quick quick slow');
select title, bm25(docs) from docs where docs match 'quick' order by rank;
select highlight(docs, 1, '[', ']') from docs where docs match 'lazy OR fox';
select snippet(docs, 1, '<', '>', '...', 3) from docs where docs match 'slow';
create virtual table rt using rtree(id, x0, x1, y0, y1);
insert into rt values(1, 0, 10, 0, 10),(2, 5, 15, 5, 15),(3, 20, 30, 20, 30);
select id from rt where x0 <= 7 and x1 >= 7 order by id;
select geopoly_area(geopoly_regular(0,0,10,6)) ;
select name, pageno, ncell from dbstat where name='sqlite_schema' limit 2;
