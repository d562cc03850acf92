package org.parley.member;

public enum PetitionKind {
    PETITION("Petition"), PLEDGE("Pledge"), LETTER("Sign-on letter");

    private final String label;

    PetitionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
