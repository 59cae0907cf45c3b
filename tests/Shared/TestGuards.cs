using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using FluentAssertions.Execution;
using Xunit.Sdk;
using Xunit.v3;
using WISPGate.Tests.Shared;

// Compiled into every xunit test project (tests/Directory.Build.props): every test gets a time limit, and a test that
// passes without executing one assertion fails.
[assembly: TestFramework(typeof(GuardedTestFramework))]
[assembly: EveryTestAsserts]

namespace WISPGate.Tests.Shared;

/// <summary>
/// xunit v3's own framework, except that every test without a <c>Timeout</c> of its own gets
/// <see cref="DefaultTimeout"/>: a hung test fails ("Test execution timed out") and the run goes on, instead of
/// hanging CI. xunit runs a test with a timeout on the thread pool and abandons it when the time is up, so this
/// works for blocking tests too. <c>WISPGATE_TEST_TIMEOUT_SECONDS</c> overrides the default (e.g. to see it bite).
/// </summary>
public sealed class GuardedTestFramework : XunitTestFramework
{
    /// <summary>The limit of one test (one theory row): 10 minutes, far above the slowest test (packing and running the packages).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    private readonly string? _configFileName;

    public GuardedTestFramework()
    {
    }

    public GuardedTestFramework(string? configFileName)
        : base(configFileName) => _configFileName = configFileName;

    public static int TimeoutMilliseconds =>
        int.TryParse(Environment.GetEnvironmentVariable("WISPGATE_TEST_TIMEOUT_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? seconds * 1000
            : (int)DefaultTimeout.TotalMilliseconds;

    protected override ITestFrameworkExecutor CreateExecutor(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);

        // As XunitTestFramework.CreateExecutor does (its newer overload's extra arguments are optional metadata).
#pragma warning disable CS0618
        return new Executor(new XunitTestAssembly(assembly, _configFileName, assembly.GetName().Version));
#pragma warning restore CS0618
    }

    /// <summary>The test case with the default timeout when it has none of its own.</summary>
    public static IXunitTestCase WithDefaultTimeout(IXunitTestCase testCase)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        if (testCase.Timeout > 0)
        {
            return testCase;
        }

        var traits = testCase.Traits.ToDictionary(pair => pair.Key, pair => new HashSet<string>(pair.Value, StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        return testCase switch
        {
            XunitDelayEnumeratedTheoryTestCase theory => new XunitDelayEnumeratedTheoryTestCase(
                theory.TestMethod, theory.TestCaseDisplayName, theory.UniqueID, theory.Explicit, theory.SkipTestWithoutData, theory.SkipExceptions,
                theory.SkipReason, theory.SkipType, theory.SkipUnless, theory.SkipWhen, traits, theory.SourceFilePath, theory.SourceLineNumber,
                TimeoutMilliseconds),
            XunitTestCase test when test.GetType() == typeof(XunitTestCase) => new XunitTestCase(
                test.TestMethod, test.TestCaseDisplayName, test.UniqueID, test.Explicit, test.SkipExceptions, test.SkipReason, test.SkipType,
                test.SkipUnless, test.SkipWhen, traits, test.TestMethodArguments, test.SourceFilePath, test.SourceLineNumber, TimeoutMilliseconds),
            _ => testCase,
        };
    }

    private sealed class Executor(IXunitTestAssembly testAssembly) : XunitTestFrameworkExecutor(testAssembly)
    {
        public override ValueTask RunTestCases(
            IReadOnlyCollection<IXunitTestCase> testCases,
            IMessageSink executionMessageSink,
            ITestFrameworkExecutionOptions executionOptions,
            CancellationToken cancellationToken) =>
            base.RunTestCases(testCases.Select(WithDefaultTimeout).ToList(), executionMessageSink, executionOptions, cancellationToken);
    }
}

/// <summary>
/// Fails a test (a fact, or one theory row) that passed without executing a single FluentAssertions assertion.
/// Each test runs inside an ambient <see cref="AssertionScope"/> that throws at the first failure, exactly like
/// FluentAssertions without a scope; every assertion goes through the ambient scope: a plain one sets its reason
/// (<c>BecauseOf</c>), an equivalency assertion (<c>BeEquivalentTo</c>) hands its context items to it when its own
/// nested scope closes. A scope untouched by both executed no assertion. FluentAssertions 7.2.x is pinned (never 8),
/// and the fields are looked up once: a version that renamed them fails every test at once, not silently.
/// The ambient scope is shared by everything the test runs, so assertions that run concurrently within one test go
/// through <see cref="Isolated"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class EveryTestAssertsAttribute : BeforeAfterTestAttribute
{
    private static readonly FieldInfo s_reason = Field(typeof(AssertionScope), "reason");
    private static readonly FieldInfo s_contextData = Field(typeof(AssertionScope), "contextData");
    private static readonly FieldInfo s_contextItems = Field(s_contextData.FieldType, "items");
    private static readonly AsyncLocal<AssertionScope?> s_scope = new();
    private static readonly AsyncLocal<StrongBox<bool>?> s_isolatedAsserted = new();

    public override void Before(MethodInfo methodUnderTest, IXunitTest test)
    {
        s_isolatedAsserted.Value = new StrongBox<bool>();
        s_scope.Value = new AssertionScope(new FailFast());
    }

    /// <summary>
    /// Runs assertions that may run at the same time as other assertions of the same test (a harness's checks inside
    /// concurrent requests) in their own scope: the ambient scope of the test is not thread-safe. They count for the test.
    /// </summary>
    public static void Isolated(Action assertions)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        using (new AssertionScope())
        {
            assertions();
        }

        if (s_isolatedAsserted.Value is { } asserted)
        {
            asserted.Value = true;
        }
    }

    public override void After(MethodInfo methodUnderTest, IXunitTest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var scope = s_scope.Value;
        s_scope.Value = null;
        if (scope is null)
        {
            return;
        }

        var asserted = s_reason.GetValue(scope) is not null
            || ((ICollection)s_contextItems.GetValue(s_contextData.GetValue(scope)!)!).Count > 0
            || s_isolatedAsserted.Value?.Value == true;
        s_isolatedAsserted.Value = null;
        scope.Dispose();
        if (!asserted && TestContext.Current.TestState?.Result == TestResult.Passed)
        {
            throw new XunitException($"{test.TestDisplayName} executed no assertion: a test (or theory row) must be able to fail. " +
                "Filter a theory's data instead of returning early from its body.");
        }
    }

    private static FieldInfo Field(Type type, string name) =>
        type.GetField(name, BindingFlags.NonPublic | BindingFlags.Instance)
        ?? throw new InvalidOperationException($"FluentAssertions changed: {type.Name}.{name} is gone; update tests/Shared/TestGuards.cs.");

    /// <summary>Throws at the first failure, as FluentAssertions does outside a scope.</summary>
    private sealed class FailFast : IAssertionStrategy
    {
        public IEnumerable<string> FailureMessages => [];

        public void HandleFailure(string message) => throw new XunitException(message);

        public IEnumerable<string> DiscardFailures() => [];

        public void ThrowIfAny(IDictionary<string, object> context)
        {
        }
    }
}
