-- MC script: a name's number ("1. ") is no longer part of the line's text; the script numbers
-- the names by their place in the batch when it shows or prints them. Overrides of name lines
-- written before kept the number in their text and in the generated text they replaced: take
-- it off both, so a moved name is not read with a stale number.
UPDATE mc_script_override
   SET line_text = REGEXP_REPLACE(line_text, '^[0-9]+[.] ', ''),
       generated_text = REGEXP_REPLACE(generated_text, '^[0-9]+[.] ', '')
 WHERE line_key LIKE 'award-%';
