from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'complaint-facts.xml.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_namespace = resolve('namespace')
    l_0_first_paragraph = resolve('first_paragraph')
    l_0_pn = l_0_item = l_0_outcome = l_0_ground = missing
    try:
        t_1 = environment.filters['join_words']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join_words' found.")
    pass
    parent_template = environment.get_template('foiagen/base.xml.j2', 'complaint-facts.xml.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_pn = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), n=((undefined(name='first_paragraph') if l_0_first_paragraph is missing else l_0_first_paragraph) - 1))
    context.vars['pn'] = l_0_pn
    context.exported_vars.add('pn')
    def macro(l_1_caller):
        t_2 = []
        pass
        if not isinstance(l_0_pn, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_pn['n'] = (environment.getattr((undefined(name='pn') if l_0_pn is missing else l_0_pn), 'n') + 1)
        t_2.extend((
            '<item label="',
            escape(environment.getattr((undefined(name='pn') if l_0_pn is missing else l_0_pn), 'n')),
            '.">',
            escape(context.call(l_1_caller)),
            '</item>\n',
        ))
        return concat(t_2)
    context.exported_vars.add('item')
    context.vars['item'] = l_0_item = Macro(environment, macro, 'item', (), False, False, True, context.eval_ctx.autoescape)
    def macro(l_1_d, l_1_f):
        t_3 = []
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        if l_1_f is missing:
            l_1_f = undefined("parameter 'f' was not provided", name='f')
        pass
        if (environment.getattr(l_1_d, 'outcome') == 'referral'):
            pass
            t_3.extend((
                'a final response stating that it had referred the request to ',
                escape(t_1(environment.getattr(l_1_f, 'referral_to'))),
            ))
        elif (environment.getattr(l_1_d, 'outcome') == 'full'):
            pass
            t_3.append(
                'a determination granting the request',
            )
        elif (environment.getattr(l_1_d, 'outcome') == 'partial'):
            pass
            t_3.append(
                'a determination granting the request in part and withholding records in part',
            )
        elif (environment.getattr(l_1_d, 'outcome') == 'denial'):
            pass
            t_3.append(
                'a determination denying the request',
            )
        elif (environment.getattr(l_1_d, 'outcome') == 'no-records'):
            pass
            t_3.append(
                'a determination stating that it had found no responsive records',
            )
        else:
            pass
            t_3.append(
                'a determination refusing to confirm or deny that responsive records exist',
            )
        return concat(t_3)
    context.exported_vars.add('outcome')
    context.vars['outcome'] = l_0_outcome = Macro(environment, macro, 'outcome', ('d', 'f'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_g, l_1_f):
        t_4 = []
        if l_1_g is missing:
            l_1_g = undefined("parameter 'g' was not provided", name='g')
        if l_1_f is missing:
            l_1_f = undefined("parameter 'f' was not provided", name='f')
        pass
        if (l_1_g == 'no-determination'):
            pass
            t_4.extend((
                escape(environment.getattr(l_1_f, 'name')),
                ' had made no determination within the time the statute allows',
            ))
        elif (l_1_g == 'improper-referral'):
            pass
            t_4.extend((
                escape(environment.getattr(l_1_f, 'name')),
                '’s referral of the request to ',
                escape(t_1(environment.getattr(l_1_f, 'referral_to'))),
                ' was improper',
            ))
        elif (l_1_g == 'inadequate-search'):
            pass
            if (environment.getattr(environment.getattr(l_1_f, 'clock'), 'determination') and (environment.getattr(environment.getattr(environment.getattr(l_1_f, 'clock'), 'determination'), 'outcome') == 'referral')):
                pass
                t_4.extend((
                    escape(environment.getattr(l_1_f, 'name')),
                    ' had not searched for responsive records of its own',
                ))
            else:
                pass
                t_4.extend((
                    escape(environment.getattr(l_1_f, 'name')),
                    ' had not made an adequate search for responsive records',
                ))
        elif (l_1_g == 'withholdings'):
            pass
            t_4.extend((
                escape(environment.getattr(l_1_f, 'name')),
                ' had withheld records without justification',
            ))
        elif (l_1_g == 'segregability'):
            pass
            t_4.extend((
                escape(environment.getattr(l_1_f, 'name')),
                ' had not released reasonably segregable portions of the records',
            ))
        elif (l_1_g == 'no-records'):
            pass
            t_4.extend((
                escape(environment.getattr(l_1_f, 'name')),
                '’s finding of no records rested on an inadequate search',
            ))
        elif (l_1_g == 'expedite-denied'):
            pass
            t_4.append(
                'expedited processing had been wrongly denied',
            )
        elif (l_1_g == 'fee-waiver-denied'):
            pass
            t_4.append(
                'the fee waiver had been wrongly denied',
            )
        else:
            pass
            t_4.append(
                'the fee category had been wrongly denied',
            )
        return concat(t_4)
    context.exported_vars.add('ground')
    context.vars['ground'] = l_0_ground = Macro(environment, macro, 'ground', ('g', 'f'), False, False, False, context.eval_ctx.autoescape)
    yield from parent_template.root_render_func(context)

def block_meta(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_original = resolve('original')
    l_0_facts = resolve('facts')
    try:
        t_5 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_1 = environment.filters['join_words']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join_words' found.")
    try:
        t_6 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_7 = environment.filters['long_date']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'long_date' found.")
    try:
        t_8 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    pass
    yield '<meta title="Exhaustion of administrative remedies" author="'
    yield escape(t_5(context.eval_ctx, t_8(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'requesters'), attribute='organization'), '; '))
    yield '" subject="The facts of exhaustion for the request of '
    yield escape(t_7(environment.getattr((undefined(name='original') if l_0_original is missing else l_0_original), 'date')))
    yield ' to '
    yield escape(t_1(t_6(context.eval_ctx, t_8(context, (undefined(name='facts') if l_0_facts is missing else l_0_facts), attribute='name'))))
    yield '" lang="en-US">\n  <header>'
    yield escape(environment.getattr((undefined(name='original') if l_0_original is missing else l_0_original), 'title'))
    yield '</header>\n  <keyword>Freedom of Information Act</keyword>\n  <keyword>exhaustion</keyword>\n</meta>\n'

def block_letterhead(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_dateline(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_addresses(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_delivery(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_subject(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '<h level="1" key="exhaustion">Exhaustion of Administrative Remedies</h>\n'

def block_salutation(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_body(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_many = resolve('many')
    l_0_facts = resolve('facts')
    l_0_item = resolve('item')
    l_0_P = l_0_sent = missing
    try:
        t_1 = environment.filters['join_words']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join_words' found.")
    try:
        t_9 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_6 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_7 = environment.filters['long_date']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'long_date' found.")
    try:
        t_8 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_10 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_11 = environment.filters['unique']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'unique' found.")
    pass
    l_0_P = ('Plaintiffs' if (undefined(name='many') if l_0_many is missing else l_0_many) else 'Plaintiff')
    _block_vars['P'] = l_0_P
    yield '<list level="1">\n'
    l_0_sent = t_6(context.eval_ctx, t_11(environment, t_8(context, (undefined(name='facts') if l_0_facts is missing else l_0_facts), attribute='clock.sent')))
    _block_vars['sent'] = l_0_sent
    if (t_9((undefined(name='sent') if l_0_sent is missing else l_0_sent)) == 1):
        pass
        def macro():
            t_12 = []
            l_1_statute = resolve('statute')
            pass
            t_12.extend((
                'On ',
                escape(t_7(environment.getitem((undefined(name='sent') if l_0_sent is missing else l_0_sent), 0))),
                ', ',
                escape((undefined(name='P') if l_0_P is missing else l_0_P)),
                ' submitted a request under the Freedom of Information Act, ',
                escape(context.call((undefined(name='statute') if l_1_statute is missing else l_1_statute), 'foia')),
                ', to ',
                escape(t_1(t_6(context.eval_ctx, t_8(context, (undefined(name='facts') if l_0_facts is missing else l_0_facts), attribute='name')))),
                '.',
            ))
            return concat(t_12)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield context.call((undefined(name='item') if l_0_item is missing else l_0_item), caller=caller, _block_vars=_block_vars)
    l_1_loop = missing
    for l_1_f, l_1_loop in LoopContext((undefined(name='facts') if l_0_facts is missing else l_0_facts), undefined):
        l_1_d = resolve('d')
        l_1_c = missing
        _loop_vars = {}
        pass
        l_1_c = environment.getattr(l_1_f, 'clock')
        _loop_vars['c'] = l_1_c
        if (t_9((undefined(name='sent') if l_0_sent is missing else l_0_sent)) > 1):
            pass
            def macro():
                t_13 = []
                pass
                t_13.extend((
                    'On ',
                    escape(t_7(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'sent'))),
                    ', ',
                    escape((undefined(name='P') if l_0_P is missing else l_0_P)),
                    ' submitted the request to ',
                    escape(environment.getattr(l_1_f, 'name')),
                    '.',
                ))
                return concat(t_13)
            caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
            yield context.call((undefined(name='item') if l_0_item is missing else l_0_item), caller=caller, _loop_vars=_loop_vars)
        if environment.getattr(l_1_f, 'acknowledged'):
            pass
            def macro():
                t_14 = []
                l_2_statute = resolve('statute')
                pass
                t_14.extend((
                    'On ',
                    escape(t_7(environment.getattr(environment.getattr(l_1_f, 'acknowledged'), 'date'))),
                    ', ',
                    escape(environment.getattr(l_1_f, 'name')),
                    ' acknowledged receipt of the request',
                ))
                if environment.getattr(environment.getattr(l_1_f, 'acknowledged'), 'tracking'):
                    pass
                    t_14.extend((
                        ' and assigned it tracking number ',
                        escape(environment.getattr(environment.getattr(l_1_f, 'acknowledged'), 'tracking')),
                    ))
                if (environment.getattr(l_1_f, 'extension') and (environment.getattr(environment.getattr(l_1_f, 'extension'), 'date') == environment.getattr(environment.getattr(l_1_f, 'acknowledged'), 'date'))):
                    pass
                    t_14.extend((
                        ', invoking a ',
                        escape(environment.getattr(environment.getattr(l_1_f, 'extension'), 'working_days')),
                        '-working-day extension of the 20-working-day time limit for a determination (',
                        escape(context.call((undefined(name='statute') if l_2_statute is missing else l_2_statute), 'timing.extension')),
                        ')',
                    ))
                t_14.append(
                    '.',
                )
                if ((environment.getattr(l_1_f, 'extension') and (environment.getattr(environment.getattr(l_1_f, 'extension'), 'date') == environment.getattr(environment.getattr(l_1_f, 'acknowledged'), 'date'))) and (not environment.getattr(l_1_f, 'extension_counted'))):
                    pass
                    t_14.extend((
                        ' The 20 working days for ',
                        escape(environment.getattr(l_1_f, 'name')),
                        '’s determination had ended on ',
                        escape(t_7(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'base_due'))),
                        ', before ',
                        escape(environment.getattr(l_1_f, 'name')),
                        ' invoked its extension.',
                    ))
                return concat(t_14)
            caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
            yield context.call((undefined(name='item') if l_0_item is missing else l_0_item), caller=caller, _loop_vars=_loop_vars)
        if (environment.getattr(l_1_f, 'extension') and (not (environment.getattr(l_1_f, 'acknowledged') and (environment.getattr(environment.getattr(l_1_f, 'extension'), 'date') == environment.getattr(environment.getattr(l_1_f, 'acknowledged'), 'date'))))):
            pass
            def macro():
                t_15 = []
                l_2_statute = resolve('statute')
                pass
                t_15.extend((
                    'On ',
                    escape(t_7(environment.getattr(environment.getattr(l_1_f, 'extension'), 'date'))),
                    ', ',
                    escape(environment.getattr(l_1_f, 'name')),
                    ' invoked a ',
                    escape(environment.getattr(environment.getattr(l_1_f, 'extension'), 'working_days')),
                    '-working-day extension of the 20-working-day time limit for a determination (',
                    escape(context.call((undefined(name='statute') if l_2_statute is missing else l_2_statute), 'timing.extension')),
                    ').',
                ))
                if (not environment.getattr(l_1_f, 'extension_counted')):
                    pass
                    t_15.extend((
                        ' The 20 working days had ended on ',
                        escape(t_7(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'base_due'))),
                        ', before ',
                        escape(environment.getattr(l_1_f, 'name')),
                        ' invoked it.',
                    ))
                return concat(t_15)
            caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
            yield context.call((undefined(name='item') if l_0_item is missing else l_0_item), caller=caller, _loop_vars=_loop_vars)
        if environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'determination'):
            pass
            def macro():
                t_16 = []
                l_2_outcome = resolve('outcome')
                pass
                t_16.extend((
                    'On ',
                    escape(t_7(environment.getattr(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'determination'), 'date'))),
                    ', ',
                    escape(environment.getattr(l_1_f, 'name')),
                    ' issued ',
                    escape(context.call((undefined(name='outcome') if l_2_outcome is missing else l_2_outcome), environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'determination'), l_1_f)),
                ))
                if (environment.getattr(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'determination'), 'tracking') and (not environment.getattr(l_1_f, 'acknowledged'))):
                    pass
                    t_16.extend((
                        ', assigning the request tracking number ',
                        escape(environment.getattr(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'determination'), 'tracking')),
                    ))
                t_16.append(
                    '.',
                )
                return concat(t_16)
            caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
            yield context.call((undefined(name='item') if l_0_item is missing else l_0_item), caller=caller, _loop_vars=_loop_vars)
        else:
            pass
            l_1_d = environment.getitem(environment.getattr(l_1_f, 'deadlines'), 'determination')
            _loop_vars['d'] = l_1_d
            def macro():
                t_17 = []
                l_2_statute = resolve('statute')
                l_2_on = resolve('on')
                pass
                t_17.extend((
                    'The time for ',
                    escape(environment.getattr(l_1_f, 'name')),
                    ' to determine whether to comply with the request ended on ',
                    escape(t_7(environment.getattr((undefined(name='d') if l_1_d is missing else l_1_d), 'due'))),
                    ', ',
                    escape(environment.getattr((undefined(name='d') if l_1_d is missing else l_1_d), 'limit')),
                    ' after ',
                    escape(environment.getattr(l_1_f, 'name')),
                    ' received it (',
                    escape(context.call((undefined(name='statute') if l_2_statute is missing else l_2_statute), 'timing.determination')),
                ))
                if environment.getattr(l_1_f, 'extension_counted'):
                    pass
                    t_17.extend((
                        '; ',
                        escape(context.call((undefined(name='statute') if l_2_statute is missing else l_2_statute), 'timing.extension')),
                    ))
                t_17.extend((
                    '). As of ',
                    escape(t_7((undefined(name='on') if l_2_on is missing else l_2_on))),
                    ', ',
                    escape(environment.getattr(l_1_f, 'elapsed')),
                    ' working days have passed since ',
                    escape(environment.getattr(l_1_f, 'name')),
                    ' ',
                    escape(('acknowledged receipt of' if environment.getattr(l_1_f, 'acknowledged') else 'received')),
                    ' the request.',
                ))
                return concat(t_17)
            caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
            yield context.call((undefined(name='item') if l_0_item is missing else l_0_item), caller=caller, _loop_vars=_loop_vars)
            def macro():
                t_18 = []
                l_2_on = resolve('on')
                pass
                t_18.extend((
                    'As of ',
                    escape(t_7((undefined(name='on') if l_2_on is missing else l_2_on))),
                    ', ',
                    escape((undefined(name='P') if l_0_P is missing else l_0_P)),
                    ' ',
                    escape(('have' if (undefined(name='many') if l_0_many is missing else l_0_many) else 'has')),
                    ' received no determination from ',
                    escape(environment.getattr(l_1_f, 'name')),
                    ' on the request',
                ))
                if (not environment.getattr(l_1_f, 'productions')):
                    pass
                    t_18.append(
                        ' and no records responsive to it',
                    )
                t_18.append(
                    '.',
                )
                return concat(t_18)
            caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
            yield context.call((undefined(name='item') if l_0_item is missing else l_0_item), caller=caller, _loop_vars=_loop_vars)
        if environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'appeal'):
            pass
            def macro():
                t_19 = []
                pass
                t_19.extend((
                    'On ',
                    escape(t_7(environment.getattr(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'appeal'), 'date'))),
                    ', ',
                    escape((undefined(name='P') if l_0_P is missing else l_0_P)),
                    ' administratively appealed ',
                    escape(environment.getattr(l_1_f, 'name')),
                    '’s ',
                    escape(('response' if environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'determination') else 'failure to respond')),
                ))
                if environment.getattr(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'appeal'), 'grounds'):
                    pass
                    t_19.append(
                        ', stating that ',
                    )
                    l_3_loop = missing
                    for l_3_g, l_3_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'appeal'), 'grounds'), undefined):
                        l_3_ground = resolve('ground')
                        _loop_vars = {}
                        pass
                        t_19.extend((
                            escape(context.call((undefined(name='ground') if l_3_ground is missing else l_3_ground), l_3_g, l_1_f, _loop_vars=_loop_vars)),
                            escape((', and that ' if (environment.getattr(l_3_loop, 'revindex') == 2) else (', that ' if (not environment.getattr(l_3_loop, 'last')) else ''))),
                        ))
                    l_3_loop = l_3_g = l_3_ground = missing
                t_19.append(
                    '.',
                )
                return concat(t_19)
            caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
            yield context.call((undefined(name='item') if l_0_item is missing else l_0_item), caller=caller, _loop_vars=_loop_vars)
            if environment.getattr(l_1_f, 'appeal_ack'):
                pass
                def macro():
                    t_20 = []
                    pass
                    t_20.extend((
                        'On ',
                        escape(t_7(environment.getattr(environment.getattr(l_1_f, 'appeal_ack'), 'date'))),
                        ', ',
                        escape(environment.getattr(l_1_f, 'name')),
                        ' acknowledged receipt of the appeal',
                    ))
                    if environment.getattr(environment.getattr(l_1_f, 'appeal_ack'), 'number'):
                        pass
                        t_20.extend((
                            ' and assigned it appeal number ',
                            escape(environment.getattr(environment.getattr(l_1_f, 'appeal_ack'), 'number')),
                        ))
                    t_20.append(
                        '.',
                    )
                    return concat(t_20)
                caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
                yield context.call((undefined(name='item') if l_0_item is missing else l_0_item), caller=caller, _loop_vars=_loop_vars)
            if environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'appeal_decided'):
                pass
                def macro():
                    t_21 = []
                    pass
                    t_21.extend((
                        'On ',
                        escape(t_7(environment.getattr(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'appeal_decided'), 'date'))),
                        ', ',
                        escape(environment.getattr(l_1_f, 'name')),
                        ' ',
                        escape(environment.getitem({'granted': 'granted', 'partial': 'granted in part and denied in part', 'denied': 'denied', 'remanded': 'remanded'}, environment.getattr(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'appeal_decided'), 'outcome'))),
                        ' the appeal.',
                    ))
                    return concat(t_21)
                caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
                yield context.call((undefined(name='item') if l_0_item is missing else l_0_item), caller=caller, _loop_vars=_loop_vars)
            else:
                pass
                l_1_d = environment.getitem(environment.getattr(l_1_f, 'deadlines'), 'appeal_decision')
                _loop_vars['d'] = l_1_d
                def macro():
                    t_22 = []
                    l_2_statute = resolve('statute')
                    l_2_on = resolve('on')
                    pass
                    t_22.extend((
                        'The time for ',
                        escape(environment.getattr(l_1_f, 'name')),
                        ' to decide the appeal ended on ',
                        escape(t_7(environment.getattr((undefined(name='d') if l_1_d is missing else l_1_d), 'due'))),
                        ', ',
                        escape(environment.getattr((undefined(name='d') if l_1_d is missing else l_1_d), 'limit')),
                        ' after its receipt (',
                        escape(context.call((undefined(name='statute') if l_2_statute is missing else l_2_statute), 'timing.appeal_decision')),
                        '). As of ',
                        escape(t_7((undefined(name='on') if l_2_on is missing else l_2_on))),
                        ', ',
                        escape(environment.getattr(l_1_f, 'appeal_elapsed')),
                        ' working days have passed since ',
                        escape(environment.getattr(l_1_f, 'name')),
                        ' ',
                        escape(('acknowledged receipt of' if environment.getattr(l_1_f, 'appeal_ack') else 'received')),
                        ' the appeal, and ',
                        escape((undefined(name='P') if l_0_P is missing else l_0_P)),
                        ' ',
                        escape(('have' if (undefined(name='many') if l_0_many is missing else l_0_many) else 'has')),
                        ' received no decision on it.',
                    ))
                    return concat(t_22)
                caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
                yield context.call((undefined(name='item') if l_0_item is missing else l_0_item), caller=caller, _loop_vars=_loop_vars)
        if environment.getattr(l_1_f, 'exhausted_from'):
            pass
            def macro():
                t_23 = []
                l_2_statute = resolve('statute')
                pass
                t_23.extend((
                    'Because ',
                    escape(environment.getattr(l_1_f, 'name')),
                    ' did not comply with the applicable time limits, ',
                    escape((undefined(name='P') if l_0_P is missing else l_0_P)),
                    ' ',
                    escape(('are' if (undefined(name='many') if l_0_many is missing else l_0_many) else 'is')),
                    ' deemed to have exhausted administrative remedies with respect to ',
                    escape(environment.getattr(l_1_f, 'name')),
                    ' (',
                    escape(context.call((undefined(name='statute') if l_2_statute is missing else l_2_statute), 'timing.exhaustion')),
                    ').',
                ))
                return concat(t_23)
            caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
            yield context.call((undefined(name='item') if l_0_item is missing else l_0_item), caller=caller, _loop_vars=_loop_vars)
    l_1_loop = l_1_f = l_1_c = l_1_d = missing
    if (t_9(t_6(context.eval_ctx, t_10(context, (undefined(name='facts') if l_0_facts is missing else l_0_facts), 'exhausted_from'))) == 0):
        pass
        def macro():
            t_24 = []
            pass
            t_24.extend((
                escape((undefined(name='P') if l_0_P is missing else l_0_P)),
                ' ',
                escape(('have' if (undefined(name='many') if l_0_many is missing else l_0_many) else 'has')),
                ' exhausted all applicable administrative remedies.',
            ))
            return concat(t_24)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield context.call((undefined(name='item') if l_0_item is missing else l_0_item), caller=caller, _block_vars=_block_vars)
    yield '</list>\n'

def block_valediction(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_signatures(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'meta': block_meta, 'letterhead': block_letterhead, 'dateline': block_dateline, 'addresses': block_addresses, 'delivery': block_delivery, 'subject': block_subject, 'salutation': block_salutation, 'body': block_body, 'valediction': block_valediction, 'signatures': block_signatures}
debug_info = '6=21&7=24&8=27&10=43&11=50&12=56&13=61&14=66&15=71&18=84&19=91&20=97&21=105&22=119&23=125&24=131&25=137&26=142&29=157&30=199&31=205&36=208&37=217&38=226&39=235&40=244&43=254&44=263&45=317&47=320&48=322&49=324&51=343&52=348&53=350&54=352&56=367&57=369&59=412&60=414&62=441&63=443&65=469&66=471&67=508&69=534&70=536&71=570&72=572&74=594&75=596&77=613&78=615&81=646&82=648&85=669&86=671&90=685&91=694'

# Compiled from templates/complaint-facts.xml.j2 by tools/compile_templates.py; do not edit.
SOURCE_SHA256 = 'afb32ff9267e0dae354057028147560bc6d655a1c1586bc5cf5b5bbeda30486a'
JINJA_VERSION = '3.1.6'
