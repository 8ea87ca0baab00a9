-- Each award form names the body that issues its decisions, as the decision and its appendix
-- print it at the top left (Decree 30/2020/NĐ-CP): the body ("BỘ CÔNG AN"), its parent body
-- when it has one ("BỘ CÔNG AN" above "CÔNG AN TỈNH ..."), the place of its date line ("Hà Nội";
-- NULL: the place of the organisation settings) and the suffix of its decision numbers
-- ("QĐ-BCA-X01"). A decision may keep the order its signed list has (keep_signed_order);
-- otherwise its appendix lists people in the domain order.
ALTER TABLE award_form ADD COLUMN issuing_body VARCHAR(300);
ALTER TABLE award_form ADD COLUMN issuing_parent_body VARCHAR(300);
ALTER TABLE award_form ADD COLUMN issuing_place VARCHAR(200);
ALTER TABLE award_form ADD COLUMN number_suffix VARCHAR(50);
ALTER TABLE award_decision ADD COLUMN keep_signed_order BOOLEAN NOT NULL DEFAULT FALSE;

-- The department's Director: the department of the settings under its parent body.
UPDATE award_form
   SET issuing_body = COALESCE((SELECT UPPER(s.department_name) FROM org_settings s ORDER BY s.id LIMIT 1),
                               TRIM(SUBSTRING(authority_line, 10))),
       issuing_parent_body = (SELECT UPPER(s.parent_body) FROM org_settings s ORDER BY s.id LIMIT 1)
 WHERE authority_line LIKE 'GIÁM ĐỐC %';

-- A Minister: the ministry ("BỘ TRƯỞNG BỘ CÔNG AN" -> "BỘ CÔNG AN"), in Hà Nội.
UPDATE award_form
   SET issuing_body = TRIM(SUBSTRING(authority_line, 11)), issuing_place = 'Hà Nội'
 WHERE issuing_body IS NULL AND authority_line LIKE 'BỘ TRƯỞNG BỘ %';

UPDATE award_form
   SET issuing_body = 'THỦ TƯỚNG CHÍNH PHỦ', issuing_place = 'Hà Nội'
 WHERE issuing_body IS NULL AND authority_line LIKE 'THỦ TƯỚNG%';

UPDATE award_form
   SET issuing_body = 'CHỦ TỊCH NƯỚC', issuing_place = 'Hà Nội'
 WHERE issuing_body IS NULL AND authority_line LIKE 'CHỦ TỊCH NƯỚC%';

-- Anything else is its own body, as its authority line reads.
UPDATE award_form SET issuing_body = authority_line WHERE issuing_body IS NULL;

-- The number suffix as the latest decision of the form writes it ("1234/QĐ-CAT-PV01" -> "QĐ-CAT-PV01").
UPDATE award_form
   SET number_suffix = (SELECT SUBSTRING(d.decision_number, LOCATE('/', d.decision_number) + 1)
                          FROM award_decision d
                         WHERE d.award_form_id = award_form.id AND LOCATE('/', d.decision_number) > 0
                         ORDER BY d.decision_date DESC, d.id DESC LIMIT 1);

ALTER TABLE award_form MODIFY issuing_body VARCHAR(300) NOT NULL;
