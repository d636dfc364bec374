//! The one way to run code once the next render is on the page (focus a field that just
//! appeared, scroll to a comment that was on a later page). Jobs run in the task after that
//! render, so the event that asked for them is finished too: a link's own navigation (which
//! moves focus) has happened before a job moves focus again.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

type Job = Box<dyn FnOnce()>;

/// Runs jobs after this component's next render (see [`use_after_render`]).
#[derive(Clone)]
pub struct AfterRender {
    jobs: Rc<RefCell<Vec<Job>>>,
    rerender: UseForceUpdateHandle,
}

impl AfterRender {
    /// Runs `job` once the render that follows is in the DOM. It asks for that render itself, so
    /// the job runs even when nothing else changed.
    pub fn run(&self, job: impl FnOnce() + 'static) {
        self.jobs.borrow_mut().push(Box::new(job));
        self.rerender.force_update();
    }
}

/// Gives a component a queue of jobs that run after its next render.
///
/// ```ignore
/// let after = use_after_render();
/// after.run(move || dom.focus("lectern-author"));
/// ```
#[hook]
pub fn use_after_render() -> AfterRender {
    let jobs = use_mut_ref(Vec::<Job>::new);
    let rerender = use_force_update();
    {
        let jobs = jobs.clone();
        use_effect(move || {
            let due = std::mem::take(&mut *jobs.borrow_mut());
            if !due.is_empty() {
                crate::browser::dom::next_task(move || {
                    for job in due {
                        job();
                    }
                });
            }
        });
    }
    AfterRender { jobs, rerender }
}
