-- Two kinds of task the closure module raises: a closure waiting for the approval of a
-- supervisor of the owner's team, and the check-in with the client some days after a
-- case closed (still in the worker's queue though the case is closed).
ALTER TABLE task DROP CONSTRAINT task_kind_check;
ALTER TABLE task ADD CONSTRAINT task_kind_check CHECK (kind IN ('MANUAL', 'NO_CONTACT', 'GOAL_REVIEW',
    'REASSESSMENT', 'REFERRAL_FOLLOW_UP', 'UNSIGNED_NOTE', 'CONSENT_EXPIRING', 'CRISIS', 'EMERGENCY_ACCESS',
    'PLAN_APPROVAL', 'CLOSURE_APPROVAL', 'CLOSURE_CHECK_IN'));
-- the tasks of one closure, found by the beginning of their key
CREATE INDEX task_rule_key_prefix_idx ON task (rule_key text_pattern_ops) WHERE status = 'OPEN';
