/**
 * Training mode without a toolkit: a course played exercise by exercise (answers, hints, score,
 * per-rule results), the results CSV and the class summary, and the course being edited. Depends
 * on the engine and io only, so the rules of a drill are tested without JavaFX.
 */
package com.scalelab.training;
