-- The other attendees of the seating (reporters, guests of other agencies) may carry a line
-- under their name: their title and agency ("Phóng viên, Báo Bình An"), as invitation lists give it.
ALTER TABLE seating_attendee ADD COLUMN organisation VARCHAR(300);
