using Stateless;

namespace PartnerRules.Lifecycles;

/// <summary>The triggers that carry data: fired through a lifecycle method that passes the data as a Stateless trigger parameter.</summary>
internal sealed partial class LifecycleTable<TState, TTrigger, TContext>
{
    /// <summary>
    /// A trigger that carries data (the received date of Qualify, the account of Associate): its lifecycle
    /// method fires it with the data, which its <see cref="ArgumentGuard{TArg}"/>s judge; <c>Fire</c> alone refuses it.
    /// </summary>
    internal abstract class Payload
    {
        private protected Payload(TTrigger trigger, string useMethodKey)
        {
            Trigger = trigger;
            UseMethodKey = useMethodKey;
        }

        /// <summary>The trigger.</summary>
        public TTrigger Trigger { get; }

        /// <summary>The message key of the refusal of <c>Fire</c> without the data, naming the method to call.</summary>
        public string UseMethodKey { get; }

        /// <summary>Declares the trigger's parameter on <paramref name="machine"/> and returns Stateless's handle for it.</summary>
        internal abstract object Register(StateMachine<TState, TTrigger> machine);

        /// <summary>Permits <paramref name="leaving"/>'s edge on <paramref name="state"/>, its guards reading <paramref name="context"/> and the data.</summary>
        internal abstract void Permit(StateMachine<TState, TTrigger>.StateConfiguration state, object parameters, Leaving leaving, TContext context);
    }

    /// <summary>A trigger that carries a <typeparamref name="TArg"/>.</summary>
    /// <typeparam name="TArg">The data's type.</typeparam>
    internal sealed class Payload<TArg>(TTrigger trigger, string useMethodKey) : Payload(trigger, useMethodKey)
    {
        internal override object Register(StateMachine<TState, TTrigger> machine) => machine.SetTriggerParameters<TArg>(Trigger);

        internal override void Permit(StateMachine<TState, TTrigger>.StateConfiguration state, object parameters, Leaving leaving, TContext context)
        {
            var edge = leaving.Edge;
            if (edge.Guards.Count == 0)
            {
                state.Permit(edge.Trigger, edge.To);
                return;
            }

            state.PermitIf((StateMachine<TState, TTrigger>.TriggerWithParameters<TArg>)parameters, edge.To, argument => Passes(edge, context, argument), leaving.Guards);
        }

        private static bool Passes(Edge edge, TContext context, TArg argument)
        {
            foreach (var guard in edge.Guards)
            {
                var passes = guard is ArgumentGuard<TArg> argumentGuard ? argumentGuard.Passes(context, argument) : guard.Check(context);
                if (!passes)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
