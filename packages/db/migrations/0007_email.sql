-- E-mail for reminders and notices; optional, a user without one is told in the app only.
ALTER TABLE users ADD COLUMN email text;
