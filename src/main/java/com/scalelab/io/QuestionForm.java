package com.scalelab.io;

/** What a course lesson asks the trainee to predict. */
public enum QuestionForm {
    /** SCALE, SKIP or BLOCK only. */
    DECISION,
    /** The decision and the deciding reason code. */
    DECISION_AND_REASON
}
