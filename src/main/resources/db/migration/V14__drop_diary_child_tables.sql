-- The entry document (V12, filled by V13) now holds what these tables and columns held.
drop table pain_log_location;
drop table pain_log_quality;
drop table pain_log_trigger;
drop table pain_log_symptom;
drop table pain_log_relief;
drop table pain_log_medication;
alter table pain_log drop column pain_pattern;
alter table pain_log drop column radiates_to_leg;
alter table pain_log drop column interference;
alter table pain_log drop column mood;
alter table pain_log drop column stress;
alter table pain_log drop column sleep_hours;
alter table pain_log drop column sleep_disrupted;
alter table pain_log drop column notes;
