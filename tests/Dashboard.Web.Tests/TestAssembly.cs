// Hangfire keeps process-wide state (its log provider, filters, current storage) that each host in a test sets up;
// hosts of parallel test classes would tear it down under each other, so the classes here run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
