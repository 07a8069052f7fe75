CREATE TABLE `login_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`window_started_at` text NOT NULL,
	`locked_until` text,
	`lockouts` integer DEFAULT 0 NOT NULL,
	`updated_at` text NOT NULL
);
