-- Advice drawn from the patient's recent PHQ-2 and GAD-2 results, kept apart from the diary's advice
-- so that it is shown only to readers who may see outcome results. Null on screenings stored before.
alter table screening add column outcome_advice varchar(4000);
