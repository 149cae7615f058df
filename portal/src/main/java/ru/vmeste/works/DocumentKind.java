package ru.vmeste.works;

/** What a document of works is; its label is {@code works.document.kind.<name>}. */
public enum DocumentKind {

	PROJECT, ESTIMATE, CONTRACT, ACCEPTANCE_ACT, PERMIT, OTHER

}
