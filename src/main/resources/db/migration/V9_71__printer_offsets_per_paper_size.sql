-- A printer profile keeps its offsets per paper size: the A3 tray feeds a sheet with another error
-- than the A4 tray. front_x_mm, front_y_mm, back_x_mm and back_y_mm stay and are the A4 tray's
-- (and any smaller sheet's); the a3_ columns are the A3 tray's (and any larger sheet's). An existing
-- profile starts with its measured offsets on both trays, so that nothing it prints moves until its
-- A3 tray is calibrated on its own.
ALTER TABLE printer_profile ADD COLUMN a3_front_x_mm DOUBLE NOT NULL DEFAULT 0;
ALTER TABLE printer_profile ADD COLUMN a3_front_y_mm DOUBLE NOT NULL DEFAULT 0;
ALTER TABLE printer_profile ADD COLUMN a3_back_x_mm DOUBLE NOT NULL DEFAULT 0;
ALTER TABLE printer_profile ADD COLUMN a3_back_y_mm DOUBLE NOT NULL DEFAULT 0;

UPDATE printer_profile
   SET a3_front_x_mm = front_x_mm, a3_front_y_mm = front_y_mm,
       a3_back_x_mm = back_x_mm, a3_back_y_mm = back_y_mm;
