package org.parley.contract;

public enum AgreementKind {
    CURRENT("Current agreement"),
    PREVIOUS("Previous agreement"),
    SIDE_LETTER("Side letter"),
    MOU("Memorandum of understanding"),
    OTHER("Other");

    private final String label;

    AgreementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
