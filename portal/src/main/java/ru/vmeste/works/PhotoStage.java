package ru.vmeste.works;

/** When a photo of works was taken; its label is {@code works.photo.stage.<name>}. */
public enum PhotoStage {

	BEFORE, DURING, AFTER

}
