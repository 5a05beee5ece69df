package digits;

/**
 * Pipeline Reader. Created once by Assay; yours to extend (it is never overwritten).
 */
public class ReaderPipeline extends ReaderPipelineBase {
}
