using System;
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

        /// <summary>Permits <paramref name="edge"/> on <paramref name="state"/>, its guards reading <paramref name="context"/> and the data.</summary>
        internal abstract void Permit(StateMachine<TState, TTrigger>.StateConfiguration state, object parameters, Edge edge, TContext context);
    }

    /// <summary>A trigger that carries a <typeparamref name="TArg"/>.</summary>
    /// <typeparam name="TArg">The data's type.</typeparam>
    internal sealed class Payload<TArg>(TTrigger trigger, string useMethodKey) : Payload(trigger, useMethodKey)
    {
        internal override object Register(StateMachine<TState, TTrigger> machine) => machine.SetTriggerParameters<TArg>(Trigger);

        internal override void Permit(StateMachine<TState, TTrigger>.StateConfiguration state, object parameters, Edge edge, TContext context)
        {
            var typed = (StateMachine<TState, TTrigger>.TriggerWithParameters<TArg>)parameters;
            if (edge.Guards.Count == 0)
            {
                state.Permit(edge.Trigger, edge.To);
                return;
            }

            var guards = new Tuple<Func<TArg, bool>, string>[edge.Guards.Count];
            for (var i = 0; i < guards.Length; i++)
            {
                var guard = edge.Guards[i];
                guards[i] = guard is ArgumentGuard<TArg> argumentGuard
                    ? Tuple.Create<Func<TArg, bool>, string>(argument => argumentGuard.Passes(context, argument), guard.Description)
                    : Tuple.Create<Func<TArg, bool>, string>(_ => guard.Check(context), guard.Description);
            }

            state.PermitIf(typed, edge.To, guards);
        }
    }
}
