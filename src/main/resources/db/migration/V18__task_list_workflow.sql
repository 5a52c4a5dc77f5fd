-- The annual S&T task list workflow: the date by which departments and communes propose, and what a
-- proposal argues (why it is needed, who could host it); when it was last submitted, so the Department of
-- Science and Technology sees a returned proposal come back.
alter table task_list add column proposal_deadline date;
alter table task_proposal add column necessity text;
alter table task_proposal add column expected_host varchar(300);
alter table task_proposal add column submitted_at timestamptz not null default now();
