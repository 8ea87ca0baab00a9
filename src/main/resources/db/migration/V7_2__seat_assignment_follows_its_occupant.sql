-- A seat assignment is derived data: when its delegate, award, person or attendee is removed,
-- the seat is simply free again (the plan then shows it empty, or the awardee as unseated),
-- instead of the removal being refused.
ALTER TABLE seat_assignment DROP FOREIGN KEY fk_seat_assignment_delegate;
ALTER TABLE seat_assignment DROP FOREIGN KEY fk_seat_assignment_award;
ALTER TABLE seat_assignment DROP FOREIGN KEY fk_seat_assignment_person;
ALTER TABLE seat_assignment DROP FOREIGN KEY fk_seat_assignment_attendee;
ALTER TABLE seat_assignment ADD CONSTRAINT fk_seat_assignment_delegate FOREIGN KEY (delegate_id)
    REFERENCES delegate (id) ON DELETE CASCADE;
ALTER TABLE seat_assignment ADD CONSTRAINT fk_seat_assignment_award FOREIGN KEY (award_id)
    REFERENCES award (id) ON DELETE CASCADE;
ALTER TABLE seat_assignment ADD CONSTRAINT fk_seat_assignment_person FOREIGN KEY (person_id)
    REFERENCES person (id) ON DELETE CASCADE;
ALTER TABLE seat_assignment ADD CONSTRAINT fk_seat_assignment_attendee FOREIGN KEY (attendee_id)
    REFERENCES seating_attendee (id) ON DELETE CASCADE;
