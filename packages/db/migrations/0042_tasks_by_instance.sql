-- The inbox marks a request urgent when one of its open tasks carries a card or was urged, and
-- shows where each request is now: both read a request's tasks, which until now had no index
-- leading with the instance (the foreign key to instances has none of its own either).
CREATE INDEX tasks_instance ON tasks (tenant_id, instance_id, status);
