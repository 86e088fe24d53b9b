using System;
using System.Globalization;
using CsCheck;

namespace PartnerRules.Tests.Fuzz;

/// <summary>
/// Model-based fuzzing of every lifecycle through its public API: random sequences of triggers, reasons,
/// the lifecycle's own operations, clock moves (also backwards), snapshots, JSON round trips and restores.
/// After every step: a refused call changed nothing (a successful one moved <c>Revision</c> by one), <c>Version == History.Count</c>, the history is in
/// order and ends in <c>State</c>, <c>PermittedTriggers</c> agrees with <c>CanFire</c>, a deadline runs
/// exactly in the states that have one, and <c>Restore(ToSnapshot())</c> is equal. Only documented
/// exceptions may escape (<see cref="InvalidTransitionException"/>, <see cref="ArgumentException"/>,
/// <see cref="PartnerRulesException"/>), and those only from refused calls.
/// </summary>
/// <remarks>
/// Bounded by a step count, never by the clock: <see cref="DefaultSteps"/> in the suite (a few seconds);
/// <c>PARTNERRULES_FUZZ_STEPS=1000000</c> runs a long session (docs/testing.md).
/// </remarks>
[Trait("Kind", "Randomised")]
public sealed class LifecycleFuzzTests
{
    private const int DefaultSteps = 60_000;
    private const int StepsPerSequence = 40;

    [Fact]
    public void Random_operation_sequences_keep_every_lifecycle_invariant()
    {
        var steps = Steps();
        var sequences = Math.Max(1, steps / StepsPerSequence);
        var generator = Gen.Select(Gen.Int[0, 7], Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000]).Array[1, StepsPerSequence]);

        generator.Sample(
            sample =>
            {
                var (kind, operations) = sample;
                var subject = Create(kind);
                foreach (var (operation, argument) in operations)
                {
                    subject.Step(operation, argument);
                }
            },
            iter: sequences,
            threads: 1);
    }

    private static IFuzzSubject Create(int kind)
    {
        var clock = FuzzFixtures.Clock();
        return kind switch
        {
            0 => new OpportunityFuzz(clock, offered: false),
            1 => new OpportunityFuzz(clock, offered: true),
            2 => new InvoiceReturnFuzz(clock, InvoiceKind.SpecialVat),
            3 => new InvoiceReturnFuzz(clock, InvoiceKind.ElectronicOrdinary),
            4 => new InvoiceReturnFuzz(clock, InvoiceKind.PaperOrdinary),
            5 => new AssociationFuzz(clock),
            6 => new SettlementFuzz(clock),
            _ => new InvitationFuzz(clock),
        };
    }

    private static int Steps() =>
        int.TryParse(Environment.GetEnvironmentVariable("PARTNERRULES_FUZZ_STEPS"), NumberStyles.None, CultureInfo.InvariantCulture, out var steps) && steps > 0
            ? steps
            : DefaultSteps;
}
