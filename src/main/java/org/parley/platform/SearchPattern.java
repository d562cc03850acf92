package org.parley.platform;

/**
 * A case-insensitive "contains" pattern for SQL {@code LIKE ... ESCAPE '\'}: what a person types
 * is matched literally, so "%" or "_" in a search do not act as wildcards.
 */
public record SearchPattern(String query, String like) {

    public static SearchPattern contains(String query) {
        String text = ParleyException.requireText(query, "A search term");
        if (text.length() > 200) {
            throw ParleyException.invalid("A search term has at most 200 characters.");
        }
        String escaped = text.toLowerCase()
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return new SearchPattern(text, "%" + escaped + "%");
    }

    /** A case-insensitive "starts with" pattern: {@code query} matched literally, then anything. */
    public static SearchPattern startsWith(String query) {
        SearchPattern contains = contains(query);
        return new SearchPattern(contains.query(), contains.like().substring(1));
    }
}
