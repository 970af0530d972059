-- Account lockout survives restarts and is shared by every server process: five failures in a
-- row lock the login for a cool-down (seed 001's account rules; the count resets on success).
ALTER TABLE users ADD COLUMN failed_logins integer NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until timestamptz;
