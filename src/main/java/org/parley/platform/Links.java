package org.parley.platform;

/** Absolute addresses for links that leave the browser: in e-mails, feeds and calendar files. */
public interface Links {

    /** The absolute address of a path such as {@code /member/sign-in/abc}. */
    String absolute(String path);
}
