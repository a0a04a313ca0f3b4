package com.scalelab.ui.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.ScalingPolicy;
import com.scalelab.io.PolicyFiles;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.app.DialogService.SaveChoice;
import com.scalelab.ui.app.FakeDialogService;
import com.scalelab.ui.app.LabPreferences;
import com.scalelab.ui.app.RecentFiles;
import com.scalelab.ui.app.SampleLibrary;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy document's commands without a toolkit: a scenario's inline policy opens as its own
 * untitled document and never lands in the open file; every command that would drop edits asks.
 */
class PolicyDocumentTest {
    @TempDir
    Path dir;

    private final FakeDialogService dialogs = new FakeDialogService();
    private PolicyViewModel vm;
    private PolicyDocument doc;
    private LabSession session;
    private Path conservative;
    private byte[] conservativeBytes;
    private ScalingPolicy dca;

    @BeforeEach
    void setUp() throws Exception {
        LabPreferences prefs = LabPreferences.fromSystemProperty();
        prefs.clear();
        session = new LabSession(SampleLibrary.policy(SampleLibrary.DEFAULT_POLICY), SampleLibrary.builtInContext());
        vm = new PolicyViewModel(session);
        doc = new PolicyDocument(vm, dialogs, new RecentFiles(prefs), SampleLibrary.DEFAULT_POLICY);
        // The user's own copy of the sample, byte for byte as shipped.
        conservative = dir.resolve("trend-pyramid-conservative.json");
        try (InputStream in = getClass().getResourceAsStream(SampleLibrary.ROOT + SampleLibrary.DEFAULT_POLICY)) {
            conservativeBytes = in.readAllBytes();
        }
        Files.write(conservative, conservativeBytes);
        dca = SampleLibrary.policy("crypto-dca-volume-scale.json");
    }

    @Test
    void anInlinePolicyOpensAsItsOwnUntitledDocumentAndSaveAsksWhereNeverOverwritingTheOpenFile() throws Exception {
        assertThat(doc.open(conservative)).isTrue();
        assertThat(doc.state().getFile()).isEqualTo(conservative);

        assertThat(doc.openInline(dca, "crypto-dca-ladder-approved.json")).isTrue();
        assertThat(doc.state().getFile()).isNull();
        assertThat(doc.state().getOrigin())
                .isEqualTo("inline policy of scenario crypto-dca-ladder-approved.json, not saved");
        assertThat(doc.state().isDirty()).as("the scenario file still holds it").isFalse();
        assertThat(session.getPolicy()).isEqualTo(dca);

        Path elsewhere = dir.resolve("my-dca.json");
        dialogs.fileToSave = elsewhere;
        assertThat(doc.save()).isTrue();

        assertThat(dialogs.fileRequests).extracting(r -> r.title()).containsExactly("Save policy as");
        assertThat(Files.readAllBytes(conservative)).isEqualTo(conservativeBytes);
        assertThat(PolicyFiles.load(elsewhere)).isEqualTo(dca);
        assertThat(doc.state().getFile()).isEqualTo(elsewhere);
    }

    @Test
    void anEditedPolicyIsOfferedForSavingBeforeAnInlinePolicyReplacesIt() throws Exception {
        doc.open(conservative);
        vm.maxRiskPctProperty().set("1.5");

        // Cancel: the scenario's policy is not opened and the edit stays.
        dialogs.saveAnswer = SaveChoice.CANCEL;
        assertThat(doc.openInline(dca, "dca.json")).isFalse();
        assertThat(dialogs.askedToSave).containsExactly("policy: Trend pyramid (conservative)");
        assertThat(vm.maxRiskPctProperty().get()).isEqualTo("1.5");
        assertThat(doc.state().getFile()).isEqualTo(conservative);

        // Save: the edit goes to the policy's own file first, then the inline policy opens.
        dialogs.saveAnswer = SaveChoice.SAVE;
        assertThat(doc.openInline(dca, "dca.json")).isTrue();
        assertThat(PolicyFiles.load(conservative).limits().maxRiskPct()).isEqualTo(1.5);
        assertThat(vm.getDraft()).isEqualTo(dca);
    }

    @Test
    void dontSaveDropsTheEditsAndTheFileKeepsItsBytes() throws Exception {
        doc.open(conservative);
        vm.maxRiskPctProperty().set("1.5");
        dialogs.saveAnswer = SaveChoice.DONT_SAVE;

        assertThat(doc.openInline(dca, "dca.json")).isTrue();

        assertThat(Files.readAllBytes(conservative)).isEqualTo(conservativeBytes);
        assertThat(vm.getDraft()).isEqualTo(dca);
    }

    @Test
    void theInlinePolicyThatIsAlreadyOpenKeepsTheDocumentAndItsFile() throws Exception {
        doc.open(conservative);
        ScalingPolicy same = PolicyFiles.load(conservative);

        assertThat(doc.openInline(same, "pyramid-add-approved.json")).isTrue();

        assertThat(doc.state().getFile()).isEqualTo(conservative);
        assertThat(dialogs.askedToSave).isEmpty();
    }

    @Test
    void editsOfTheInlinePolicyMakeItDirtyAndAreAskedAbout() {
        doc.openInline(dca, "dca.json");
        vm.maxEntriesProperty().set("7");
        assertThat(doc.state().isDirty()).isTrue();

        dialogs.saveAnswer = SaveChoice.CANCEL;
        assertThat(doc.newPolicy()).isFalse();
        assertThat(dialogs.askedToSave).containsExactly("policy: " + dca.name());
        assertThat(vm.maxEntriesProperty().get()).isEqualTo("7");
    }
}
