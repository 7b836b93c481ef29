//! Where a compilation's time goes (`voxcc --time-report`, like gcc's
//! `-ftime-report`): wall time per stage and per IR pass, summed over every
//! translation unit, function and thread (so with worker threads the stages
//! can add up to more than the compile took). Off by default, when each timed stage costs
//! one branch and no clock read.

use std::time::{Duration, Instant};

/// Accumulated time per stage, in the order stages first ran.
#[derive(Debug, Default)]
pub struct Timer {
    on: bool,
    rows: Vec<Row>,
}

#[derive(Debug)]
struct Row {
    name: &'static str,
    time: Duration,
    calls: u64,
}

impl Timer {
    /// A timer that measures only if `on`.
    pub fn new(on: bool) -> Timer {
        Timer {
            on,
            rows: Vec::new(),
        }
    }

    /// Whether this timer measures.
    pub fn is_on(&self) -> bool {
        self.on
    }

    /// Runs `f`, adding its wall time to stage `name` when measuring.
    #[inline]
    pub fn time<T>(&mut self, name: &'static str, f: impl FnOnce() -> T) -> T {
        if !self.on {
            return f();
        }
        let start = Instant::now();
        let out = f();
        self.add(name, start.elapsed());
        out
    }

    /// Adds `time` to stage `name`.
    pub fn add(&mut self, name: &'static str, time: Duration) {
        self.add_runs(Row {
            name,
            time,
            calls: 1,
        });
    }

    /// Adds what `other` (a worker thread's timer) recorded: its times and
    /// run counts, stage by stage.
    pub fn merge(&mut self, other: Timer) {
        for r in other.rows {
            self.add_runs(r);
        }
    }

    /// Adds `runs` to its stage's row (a few dozen stages: a linear search).
    fn add_runs(&mut self, runs: Row) {
        match self.rows.iter_mut().find(|r| r.name == runs.name) {
            Some(r) => {
                r.time += runs.time;
                r.calls += runs.calls;
            }
            None => self.rows.push(runs),
        }
    }

    /// The time recorded for stage `name`.
    pub fn get(&self, name: &str) -> Duration {
        self.rows
            .iter()
            .find(|r| r.name == name)
            .map_or(Duration::ZERO, |r| r.time)
    }

    /// The time recorded for all stages.
    pub fn total(&self) -> Duration {
        self.rows.iter().map(|r| r.time).sum()
    }

    /// The report: one line per stage (seconds, share of `total`, how many
    /// times it ran), then the total.
    pub fn render(&self, total: Duration) -> String {
        let mut out = String::from(
            "time report (wall time; a stage run per unit, per function or on several threads is summed):\n",
        );
        let width = self
            .rows
            .iter()
            .map(|r| r.name.len())
            .max()
            .unwrap_or(0)
            .max(5);
        let share = |d: Duration| {
            if total.is_zero() {
                0.0
            } else {
                100.0 * d.as_secs_f64() / total.as_secs_f64()
            }
        };
        for r in &self.rows {
            out.push_str(&format!(
                "  {:width$}  {:9.4} s  {:5.1}%  {:>8} run{}\n",
                r.name,
                r.time.as_secs_f64(),
                share(r.time),
                r.calls,
                if r.calls == 1 { "" } else { "s" },
            ));
        }
        out.push_str(&format!(
            "  {:width$}  {:9.4} s  100.0%\n",
            "total",
            total.as_secs_f64()
        ));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_runs_the_stage_and_records_nothing() {
        let mut t = Timer::new(false);
        assert_eq!(t.time("pass", || 41 + 1), 42);
        assert!(t.rows.is_empty());
    }

    #[test]
    fn on_sums_per_stage_in_first_run_order() {
        let mut t = Timer::new(true);
        t.add("b", Duration::from_millis(5));
        t.add("a", Duration::from_millis(1));
        t.add("b", Duration::from_millis(5));
        assert_eq!(t.get("b"), Duration::from_millis(10));
        assert_eq!(t.total(), Duration::from_millis(11));
        let r = t.render(Duration::from_millis(20));
        let b = r.find("  b ").expect("row b");
        let a = r.find("  a ").expect("row a");
        assert!(b < a, "{r}");
        assert!(r.contains(" 50.0%") && r.contains("2 runs"), "{r}");
        assert!(r.contains("total") && r.contains("100.0%"), "{r}");
    }
}
