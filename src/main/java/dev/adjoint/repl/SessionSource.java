package dev.adjoint.repl;

import dev.adjoint.command.CommandCompletion;
import dev.adjoint.command.Commands;
import dev.adjoint.session.Session;
import java.util.ArrayList;
import java.util.List;

/** What Tab completes from, for any front-end: a session's names and attributes, and the command table. */
record SessionSource(Session session, Commands commands) implements AdjointCompleter.Source {
    @Override
    public CommandCompletion.Candidates commandWord(List<String> words, int index) {
        return CommandCompletion.at(commands, words, index, session::graphNames);
    }

    @Override
    public List<String> names() {
        List<String> all = new ArrayList<>(session.variables().keySet());
        all.addAll(session.builtinNames());
        return all;
    }

    @Override
    public List<String> attributesOf(String owner) {
        return session.attributesOf(owner);
    }
}
