package org.parley.contract.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.platform.ParleyException;

/**
 * What a person corrected in the preview, line by line: this line starts a unit (promote), this
 * line starts a section (promote a text line, or demote a unit), this line is plain text (demote a
 * section, or merge a unit back into the one before). Written as "12:UNIT,40:TEXT" so that it
 * travels in a form field and is stored with the pending import.
 */
record StructureCorrections(Map<Integer, Role> roles) {

    enum Role { NONE, UNIT, SECTION, TEXT }

    static final StructureCorrections NONE = new StructureCorrections(Map.of());
    private static final int MAX = 2000;

    StructureCorrections {
        roles = Map.copyOf(roles);
    }

    Role role(int line) {
        return roles.getOrDefault(line, Role.NONE);
    }

    StructureCorrections with(int line, Role role) {
        Map<Integer, Role> changed = new LinkedHashMap<>(roles);
        if (role == Role.NONE) {
            changed.remove(line);
        } else {
            changed.put(line, role);
        }
        if (changed.size() > MAX) {
            throw ParleyException.invalid("At most " + MAX + " lines can be corrected in one preview.");
        }
        return new StructureCorrections(changed);
    }

    static StructureCorrections parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Map<Integer, Role> roles = new LinkedHashMap<>();
        for (String item : text.split(",")) {
            String[] parts = item.strip().split(":");
            try {
                if (parts.length != 2) {
                    throw new IllegalArgumentException(item);
                }
                roles.put(Integer.parseInt(parts[0].strip()), Role.valueOf(parts[1].strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ParleyException.invalid("'" + item.strip() + "' is not a correction; write LINE:UNIT, LINE:SECTION or LINE:TEXT.");
            }
            if (roles.size() > MAX) {
                throw ParleyException.invalid("At most " + MAX + " lines can be corrected in one preview.");
            }
        }
        return new StructureCorrections(roles);
    }

    String format() {
        return roles.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }
}
