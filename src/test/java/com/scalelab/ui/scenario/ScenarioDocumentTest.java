package com.scalelab.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.ScalingContext;
import com.scalelab.io.Scenario;
import com.scalelab.io.ScenarioFiles;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.app.DialogService.FileRequest;
import com.scalelab.ui.app.DialogService.SaveChoice;
import com.scalelab.ui.app.FakeDialogService;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario as a document, without a toolkit: edits make it dirty, and Open Scenario, Reset
 * position and Save ask before anything would drop them (Cancel keeps, Don't Save drops, Save saves first).
 */
class ScenarioDocumentTest {
    @TempDir
    Path dir;

    private final FakeDialogService dialogs = new FakeDialogService();
    private LabSession session;
    private ScenarioViewModel model;
    private ScenarioDocument doc;
    /** A sample scenario on disk: DCA on BTC, the proposed buy at 82,000 (its own policy inline). */
    private Path dcaFile;
    private ScalingContext dcaContext;

    @BeforeEach
    void setUp() throws Exception {
        session = LabFixtures.session();
        model = new ScenarioViewModel(session);
        doc = new ScenarioDocument(model, dialogs);
        dcaFile = dir.resolve("crypto-dca-ladder-approved.json");
        try (InputStream in = getClass().getResourceAsStream("/sample-policies/scenarios/crypto-dca-ladder-approved.json")) {
            Files.write(dcaFile, in.readAllBytes());
        }
        dcaContext = ScenarioFiles.load(dcaFile).context();
    }

    @Test
    void whatTheWindowStartsWithIsCleanAndEveryKindOfEditMakesItDirty() {
        assertThat(doc.state().isDirty()).isFalse();
        model.priceProperty().set(103);
        assertThat(doc.state().isDirty()).isTrue();
        model.priceProperty().set(101); // back to the value it started with
        assertThat(doc.state().isDirty()).isFalse();
        model.addEntryRow();
        assertThat(doc.state().isDirty()).isTrue();
        model.removeEntry(1);
        assertThat(doc.state().isDirty()).isFalse();
        model.nonReduceOnlyPendingProperty().set(true); // a pending order
        assertThat(doc.state().isDirty()).isTrue();
    }

    @Test
    void openScenarioCancelKeepsTheEditsAndAsksForNoFile() {
        model.priceProperty().set(103);
        dialogs.fileToOpen = dcaFile;
        dialogs.saveAnswer = SaveChoice.CANCEL;

        assertThat(doc.open()).isFalse();

        assertThat(dialogs.askedToSave).hasSize(1).allMatch(q -> q.startsWith("scenario: "));
        assertThat(dialogs.fileRequests).isEmpty();
        assertThat(model.priceProperty().get()).isEqualTo(103.0);
        assertThat(doc.state().isDirty()).isTrue();
    }

    @Test
    void openScenarioDontSaveDropsTheEditsAndOpensTheFileClean() {
        model.priceProperty().set(103);
        dialogs.fileToOpen = dcaFile;
        dialogs.saveAnswer = SaveChoice.DONT_SAVE;

        assertThat(doc.open()).isTrue();

        assertThat(session.getContext()).isEqualTo(dcaContext);
        assertThat(doc.state().isDirty()).isFalse();
        assertThat(doc.state().getFile()).isEqualTo(dcaFile);
        assertThat(doc.state().getOrigin()).isEqualTo("crypto-dca-ladder-approved.json");
    }

    @Test
    void openScenarioSaveWritesTheEditsFirst() throws Exception {
        model.priceProperty().set(103);
        ScalingContext edited = model.toContext();
        Path mine = dir.resolve("mine.json");
        dialogs.fileToSave = mine;
        dialogs.fileToOpen = dcaFile;
        dialogs.saveAnswer = SaveChoice.SAVE;

        assertThat(doc.open()).isTrue();

        // No file yet, so Save asked where (Save As), then the scenario to open was asked for.
        assertThat(dialogs.fileRequests).extracting(FileRequest::title).containsExactly("Save Scenario As", "Open Scenario");
        Scenario saved = ScenarioFiles.load(mine);
        assertThat(saved.context()).isEqualTo(edited);
        assertThat(saved.context().proposed().price()).isEqualTo(103.0);
        assertThat(session.getContext()).isEqualTo(dcaContext);
    }

    @Test
    void aSaveThatDoesNotHappenCancelsTheOpen() {
        model.priceProperty().set(103);
        dialogs.fileToSave = null; // the user closes the save chooser
        dialogs.fileToOpen = dcaFile;
        dialogs.saveAnswer = SaveChoice.SAVE;

        assertThat(doc.open()).isFalse();
        assertThat(model.priceProperty().get()).isEqualTo(103.0);
    }

    @Test
    void resetPositionAsksWhenItWouldDropEdits() {
        dialogs.fileToOpen = dcaFile;
        doc.open();
        double filePrice = dcaContext.proposed().price();
        model.priceProperty().set(filePrice + 500);

        dialogs.saveAnswer = SaveChoice.CANCEL;
        assertThat(doc.resetPosition()).isFalse();
        assertThat(model.priceProperty().get()).isEqualTo(filePrice + 500);

        dialogs.saveAnswer = SaveChoice.DONT_SAVE;
        assertThat(doc.resetPosition()).isTrue();
        assertThat(model.priceProperty().get()).isEqualTo(filePrice);
        assertThat(doc.state().isDirty()).isFalse();
        assertThat(dialogs.askedToSave).containsExactly("scenario: crypto-dca-ladder-approved.json",
                "scenario: crypto-dca-ladder-approved.json");

        // Nothing to drop: no question.
        assertThat(doc.resetPosition()).isTrue();
        assertThat(dialogs.askedToSave).hasSize(2);
    }

    @Test
    void resetPositionSaveWritesTheEditsToTheScenarioFileWhichBecomesTheResetPoint() throws Exception {
        dialogs.fileToOpen = dcaFile;
        doc.open();
        double moved = dcaContext.proposed().price() + 500;
        model.priceProperty().set(moved);
        dialogs.saveAnswer = SaveChoice.SAVE;

        assertThat(doc.resetPosition()).isTrue();

        assertThat(dialogs.fileRequests).extracting(FileRequest::title).containsExactly("Open Scenario");
        assertThat(ScenarioFiles.load(dcaFile).context().proposed().price()).isEqualTo(moved);
        assertThat(model.priceProperty().get()).isEqualTo(moved);
        assertThat(doc.state().isDirty()).isFalse();
    }

    @Test
    void saveWithoutAFileAsksWhereThenWritesThereWithoutAsking() throws Exception {
        Path mine = dir.resolve("mine.json");
        dialogs.fileToSave = mine;
        model.priceProperty().set(103);
        assertThat(doc.save()).isTrue();
        assertThat(doc.state().getFile()).isEqualTo(mine);
        assertThat(doc.state().isDirty()).isFalse();

        model.priceProperty().set(104);
        dialogs.fileToSave = null;
        assertThat(doc.save()).isTrue();
        assertThat(dialogs.fileRequests).hasSize(1);
        assertThat(ScenarioFiles.load(mine).context().proposed().price()).isEqualTo(104.0);
    }

    @Test
    void cancellingTheInlinePolicyCancelsTheWholeOpen() {
        ScalingContext before = session.getContext();
        doc.setInlinePolicy((policy, name) -> false);
        dialogs.fileToOpen = dcaFile;

        assertThat(doc.open()).isFalse();

        assertThat(session.getContext()).isEqualTo(before);
        assertThat(doc.state().getFile()).isNull();
    }
}
