"""Running a batch: every job rendered (in this process or a pool of workers), every outcome
reported, and only then the letter sets written, each whole (see outputs).

One job's unexpected failure, or a worker killed by the system, fails that job alone; the
others still render.  SIGINT and SIGTERM stop the workers, remove every temporary file and
leave every letter as it was; the caller is told what was and was not written.
"""

from __future__ import annotations

import os
import signal
from dataclasses import dataclass, field

MAX_WORKERS_PER_CORE = 2


class Stopped(BaseException):
    """SIGINT or SIGTERM arrived during a batch."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


@dataclass
class Outcome:
    results: list = field(default_factory=list)  # JobResult per job, in job order (a stopped run: those done)
    stopped: int = 0  # the signal that stopped the run, 0 if none


def worker_count(requested: int, jobs: int) -> int:
    """Processes to use: as asked, but never more than the jobs, nor than two per core (C14)."""
    return max(1, min(requested, jobs, MAX_WORKERS_PER_CORE * (os.cpu_count() or 1)))


def run_batch(work, processes: int, on_rendered=lambda result: None, on_start=lambda total: None) -> Outcome:
    """Render every job (`on_rendered` as each is done; `on_start(len(work))` once the workers
    exist), check the outputs for collisions, then commit each letter set."""
    from .outputs import discard, make_folders, remove_empty, remove_leftovers

    outcome = Outcome()
    previous = _catch_stops()
    made: list[str] = []
    try:
        make_folders({job.output_dir for job in work}, made)  # here: a worker never makes one the run cannot remove
        if worker_count(processes, len(work)) == 1:
            on_start(len(work))
            for job in work:
                outcome.results.append(_render_here(job))
                on_rendered(outcome.results[-1])
        else:
            _render_in_pool(work, worker_count(processes, len(work)), outcome, on_rendered, on_start)
        _refuse_collisions(work, outcome.results)
        _commit_all(outcome.results)
    except Stopped as stop:
        outcome.stopped = stop.signum
        for result in outcome.results:
            if not result.written:
                discard(result.staged)
                result.staged = []
        remove_leftovers({str(job.output_dir) for job in work})
    finally:
        remove_empty(made)  # a folder no letter was written to goes, however the run ended
        _restore(previous)
    return outcome


def _render_here(job):
    from .batch import render_job

    return render_job(job)


def _worker_init() -> None:
    # the main process decides when to stop; a worker dies by SIGTERM when told
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _render_in_pool(work, processes: int, outcome: Outcome, on_rendered, on_start) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from .batch import render_job

    context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    pool = ProcessPoolExecutor(max_workers=processes, mp_context=context, initializer=_worker_init)
    try:
        futures = [pool.submit(render_job, job) for job in work]
        on_start(len(work))  # after the workers exist (no progress thread alive at fork)
        for job, future in zip(work, futures):
            try:
                result = future.result()
            except BrokenProcessPool:
                result = _render_alone(job)
            outcome.results.append(result)
            on_rendered(result)
        pool.shutdown(wait=True)
    except BaseException:
        _stop_pool(pool)
        raise


def _render_alone(job):
    """A job whose pool broke (a worker was killed: out of memory?), rendered in a pool of its own:
    it either renders, or is the one that kills its worker and fails alone."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from .batch import JobResult, render_job
    from .pipeline import display_path
    from .rules import report

    pool = ProcessPoolExecutor(max_workers=1, initializer=_worker_init)
    try:
        return pool.submit(render_job, job).result()
    except BrokenProcessPool:
        where = display_path(job.spec)
        line = report("render-failed", (where, 1, 1), "the process rendering this letter set was killed "
                      "(by the system, perhaps for running out of memory)").parsable()
        return JobResult(where, False, [line], [])
    finally:
        _stop_pool(pool)


def _stop_pool(pool) -> None:
    """Stop every worker now (not after its current job) and wait for them."""
    processes = list(getattr(pool, "_processes", {}).values())  # no public way to reach them
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(5)


def _refuse_collisions(work, results) -> None:
    """Fail (and never write) every job whose files another job, or itself, would also write."""
    from pathlib import Path

    from .outputs import collisions, discard
    from .pipeline import display_path
    from .rules import report

    names = {id(r): f"{r.spec}" + (f" (row {job.variation.name})" if job.variation else "") for job, r in zip(work, results)}
    clashes = collisions({names[id(r)]: r.staged for r in results if r.ok})
    for result in results:
        mine = [t for t, jobs in clashes.items() if names[id(result)] in jobs]
        if result.ok and mine:
            others = sorted({j for t in mine for j in clashes[t]} - {names[id(result)]})
            message = (f"would write {display_path(Path(mine[0]))}, which "
                       f"{'is also written by ' + ', '.join(others) if others else 'another of its letters also writes'}; "
                       "neither is written (rename a spec, or a --vars row)")
            result.lines.append(report("output-collision", (result.spec, 1, 1), message).parsable())
            result.ok = False
            discard(result.staged)
            result.staged = []


def _commit_all(results) -> None:
    """Commit each letter set whole, with SIGINT and SIGTERM held off while one is being renamed."""
    from .batch import display_path_of, unwritable
    from .outputs import commit

    for result in results:
        if not result.ok:
            continue
        held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        try:
            commit(result.staged)
            result.written = [display_path_of(target) for _, target in result.staged]
        except OSError as exc:
            result.ok = False
            result.lines.append(unwritable(exc))
        finally:
            result.staged = []
            signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _catch_stops():
    def stop(signum, frame):
        raise Stopped(signum)

    try:
        return {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread: signals stay as they are
        return {}


def _restore(previous) -> None:
    for signum, handler in previous.items():
        signal.signal(signum, handler)


class BatchStopped(BaseException):
    """SIGINT or SIGTERM stopped a batch; `outcome` (runner.Outcome) says what was written."""

    def __init__(self, outcome):
        super().__init__(outcome.stopped)
        self.outcome = outcome


def run_jobs(work: list, processes: int, on_result=lambda result: None, on_start=lambda total: None,
             on_rendered=lambda result: None) -> list:
    """Render every job, then write every letter set whole (see runner and outputs); `on_rendered`
    as each job is rendered, `on_result` for each once the sets are written, in job order.
    `on_start(len(work))` runs once the workers exist (a progress display started before the
    fork could hand a worker a lock its thread held).  A stopped run raises BatchStopped."""
    outcome = run_batch(work, processes, on_rendered, on_start)
    if outcome.stopped:
        raise BatchStopped(outcome)
    for result in outcome.results:
        on_result(result)
    return outcome.results
