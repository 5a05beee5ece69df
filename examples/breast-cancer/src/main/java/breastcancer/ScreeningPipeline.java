package breastcancer;

/**
 * Pipeline Screening. Created once by Assay; yours to extend (it is never overwritten).
 */
public class ScreeningPipeline extends ScreeningPipelineBase {
}
