package com.scalelab.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON parser's complaints in ScaleLab's words: a user who left out a comma should read what to
 * type, not the parser's internals ("code 34", "Object entries"), and the wording must not change
 * when the parser library is upgraded. Anything not recognised gets a plain generic sentence.
 */
final class MalformedJson {
    private MalformedJson() {
    }

    private static final String A_VALUE = "a string in double quotes, a number, true, false, null, { ... } or [ ... ]";
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile(
            "^Unexpected character \\('.*?' \\(code (\\d+)(?: / 0x[0-9a-fA-F]+)?\\)\\)( in numeric value)?:?\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.*?)'.*$", Pattern.DOTALL);
    private static final Pattern CLOSE_MARKER = Pattern.compile(
            "^Unexpected close marker '(.)': expected '(.)'.*$", Pattern.DOTALL);
    private static final Pattern CONTROL_CHAR = Pattern.compile(
            "^Illegal (unquoted )?character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*$", Pattern.DOTALL);

    /** "malformed JSON: ..." for one parser message (its original message, without location). */
    static String describe(String original) {
        String s = original == null ? "" : original.trim();
        Matcher m = UNEXPECTED_CHAR.matcher(s);
        if (m.matches()) {
            return "malformed JSON: " + unexpected(Integer.parseInt(m.group(1)), m.group(2) != null, m.group(3));
        }
        m = UNRECOGNIZED_TOKEN.matcher(s);
        if (m.matches()) {
            return "malformed JSON: " + quote(shorten(m.group(1))) + " is not a JSON value; expected " + A_VALUE
                    + " (text needs double quotes; true, false and null are lower case)";
        }
        m = CLOSE_MARKER.matcher(s);
        if (m.matches()) {
            return "malformed JSON: " + quote(m.group(1)) + " does not close what is open here; expected "
                    + quote(m.group(2));
        }
        m = CONTROL_CHAR.matcher(s);
        if (m.matches()) {
            int code = Integer.parseInt(m.group(2));
            if (m.group(1) != null) {
                return "malformed JSON: " + (code == 10 || code == 13 ? "a line break inside a text; write it as \\n"
                        : code == 9 ? "a tab inside a text; write it as \\t"
                        : "control character " + code + " inside a text; write it as \\u" + String.format(java.util.Locale.ROOT, "%04x", code));
            }
            return "malformed JSON: control character " + code
                    + " between values; only spaces, tabs and line breaks may separate them";
        }
        if (s.startsWith("Unrecognized character escape")) {
            return "malformed JSON: an unknown escape in a text; JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX";
        }
        if (s.startsWith("Invalid numeric value: Leading zeroes")) {
            return "malformed JSON: a number may not start with 0 (write 7, not 07)";
        }
        if (s.startsWith("Invalid numeric value") || s.startsWith("Numeric value")) {
            return "malformed JSON: this is not a number JSON can read";
        }
        if (s.contains("UTF-8") || s.contains("surrogate")) {
            return "malformed JSON: a character that is not valid text (save the file as UTF-8)";
        }
        return "malformed JSON: the text here is not valid JSON";
    }

    private static String unexpected(int code, boolean inNumber, String tail) {
        String found = character(code);
        if (inNumber) {
            return "a number cannot contain " + found + " here (write numbers such as 12, -0.5 or 1.5e3)";
        }
        if (tail.contains("comma to separate Object entries")) {
            return "expected ',' or '}' after the value of this field; found " + found;
        }
        if (tail.contains("comma to separate Array entries")) {
            return "expected ',' or ']' after this value of the list; found " + found;
        }
        if (tail.contains("colon to separate field name")) {
            return "expected ':' between the field name and its value; found " + found;
        }
        if (tail.contains("double-quote to start field name")) {
            if (code == '}') {
                return "a ',' must be followed by another field; remove the comma before '}'";
            }
            if (code == '\'') {
                return "field names need double quotes (\"name\"), not single quotes";
            }
            return "expected a field name in double quotes; found " + found;
        }
        if (tail.contains("expected a valid value")) {
            if (code == ']' || code == '}') {
                return "a value is missing before " + found + "; expected " + A_VALUE;
            }
            if (code == '\'') {
                return "text needs double quotes (\"text\"), not single quotes";
            }
            return found + " cannot start a value; expected " + A_VALUE;
        }
        if (tail.contains("comment")) {
            return "comments are not allowed in JSON; found " + found;
        }
        if (tail.contains("hex-digit")) {
            return "\\u in a text must be followed by four hex digits; found " + found;
        }
        if (tail.contains("root-level")) {
            return "unexpected content after the end of the JSON object; a file holds one object";
        }
        return "unexpected " + found + " here";
    }

    private static String character(int code) {
        if (code < 32 || code == 127) {
            return "control character " + code;
        }
        return quote(new String(Character.toChars(code)));
    }

    private static String quote(String s) {
        return "'" + s + "'";
    }

    private static String shorten(String token) {
        return token.length() > 40 ? token.substring(0, 40) + "..." : token;
    }
}
