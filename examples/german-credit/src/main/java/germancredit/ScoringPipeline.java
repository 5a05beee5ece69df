package germancredit;

/**
 * Pipeline Scoring. Created once by Assay; yours to extend (it is never overwritten).
 */
public class ScoringPipeline extends ScoringPipelineBase {
}
