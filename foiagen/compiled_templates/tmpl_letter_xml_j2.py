from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'letter.xml.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('foiagen/base.xml.j2', 'letter.xml.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_body(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '\n'
    yield from context.blocks['opening'][0](context)
    yield from context.blocks['components'][0](context)
    yield from context.blocks['purpose'][0](context)
    yield from context.blocks['definitions'][0](context)
    yield from context.blocks['background'][0](context)
    yield from context.blocks['records'][0](context)
    yield from context.blocks['expedite'][0](context)
    yield from context.blocks['fees'][0](context)
    yield from context.blocks['closing'][0](context)

def block_opening(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_many = resolve('many')
    l_0_r = resolve('r')
    l_0_named = resolve('named')
    l_0_cite = resolve('cite')
    l_0_has_rule = resolve('has_rule')
    l_0_rule = resolve('rule')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<p>'
    if (undefined(name='many') if l_0_many is missing else l_0_many):
        pass
        yield 'We write on behalf of '
        l_1_loop = missing
        for l_1_q, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'requesters'), undefined):
            _loop_vars = {}
            pass
            yield escape(context.call((undefined(name='named') if l_0_named is missing else l_0_named), l_1_q, _loop_vars=_loop_vars))
            yield escape((', ' if ((not environment.getattr(l_1_loop, 'last')) and (t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'requesters')) > 2)) else ''))
            yield escape((' and ' if (environment.getattr(l_1_loop, 'revindex') == 2) else ''))
        l_1_loop = l_1_q = missing
        yield ' (together, the “Requesters”)'
    else:
        pass
        yield 'We write on behalf of '
        yield escape(context.call((undefined(name='named') if l_0_named is missing else l_0_named), environment.getitem(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'requesters'), 0), _block_vars=_block_vars))
    yield ' to request records from '
    l_1_loop = missing
    for l_1_a, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'agencies'), undefined):
        _loop_vars = {}
        pass
        yield escape(context.call((undefined(name='named') if l_0_named is missing else l_0_named), l_1_a, _loop_vars=_loop_vars))
        yield escape((', ' if ((not environment.getattr(l_1_loop, 'last')) and (t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'agencies')) > 2)) else ''))
        yield escape((' and ' if (environment.getattr(l_1_loop, 'revindex') == 2) else ''))
    l_1_loop = l_1_a = missing
    yield '. This request is made under the Freedom of Information Act, '
    yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), 'foia', _block_vars=_block_vars))
    if context.call((undefined(name='has_rule') if l_0_has_rule is missing else l_0_has_rule), 'regulation', _block_vars=_block_vars):
        pass
        yield ', and its implementing regulations, '
        yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), 'regulation', _block_vars=_block_vars))
    yield '.</p>\n'

def block_components(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_agency_names = resolve('agency_names')
    try:
        t_2 = environment.filters['join_words']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join_words' found.")
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'components'):
        pass
        yield '<p>Please direct this request to every office, component and division of '
        yield escape(t_2((undefined(name='agency_names') if l_0_agency_names is missing else l_0_agency_names)))
        yield ' likely to hold responsive records, including but not limited to '
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'components'), undefined):
            _loop_vars = {}
            pass
            yield escape(environment.getattr(l_1_c, 'name'))
            if environment.getattr(l_1_c, 'abbreviation'):
                pass
                yield ' (“'
                yield escape(environment.getattr(l_1_c, 'abbreviation'))
                yield '”)'
            yield escape((', ' if ((not environment.getattr(l_1_loop, 'last')) and (t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'components')) > 2)) else ''))
            yield escape((' and ' if (environment.getattr(l_1_loop, 'revindex') == 2) else ''))
        l_1_loop = l_1_c = missing
        yield '.</p>\n'

def block_purpose(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_paras = resolve('paras')
    l_0_r = resolve('r')
    pass
    yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'purpose'), _block_vars=_block_vars))
    yield '\n'

def block_definitions(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'definitions'):
        pass
        yield '<p>In this request, the following terms have the meanings given here.</p>\n'
        for l_1_d in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'definitions'):
            l_1_rich = resolve('rich')
            _loop_vars = {}
            pass
            yield '<p style="quote">“'
            yield escape(environment.getattr(l_1_d, 'term'))
            yield '” '
            yield escape(context.call((undefined(name='rich') if l_1_rich is missing else l_1_rich), environment.getattr(l_1_d, 'text'), _loop_vars=_loop_vars))
            yield '</p>\n'
        l_1_d = l_1_rich = missing

def block_background(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_section = resolve('section')
    l_0_paras = resolve('paras')
    pass
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'background'):
        pass
        yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'Background', 'background', _block_vars=_block_vars))
        yield '\n'
        yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'background'), _block_vars=_block_vars))
        yield '\n'

def block_records(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_section = resolve('section')
    l_0_r = resolve('r')
    l_0_rich = resolve('rich')
    l_0_We = resolve('We')
    l_0_many = resolve('many')
    l_0_date_range = resolve('date_range')
    l_0_paras = resolve('paras')
    l_0_cite = resolve('cite')
    try:
        t_3 = environment.filters['letter_label']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'letter_label' found.")
    pass
    yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'Records Requested', 'records', _block_vars=_block_vars))
    yield '\n<p style="plain">'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'intro'):
        pass
        yield escape(context.call((undefined(name='rich') if l_0_rich is missing else l_0_rich), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'intro'), _block_vars=_block_vars))
    else:
        pass
        yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
        yield ' request'
        yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
        yield ' the following records:'
    yield '</p>\n<list level="1">\n'
    l_1_loop = missing
    for l_1_c, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'categories'), undefined):
        _loop_vars = {}
        pass
        yield '<item label="'
        yield escape(environment.getattr(l_1_loop, 'index'))
        yield '."><p style="plain">'
        yield escape(context.call((undefined(name='rich') if l_0_rich is missing else l_0_rich), environment.getattr(l_1_c, 'text'), _loop_vars=_loop_vars))
        if environment.getattr(l_1_c, 'date_range'):
            pass
            yield ' This item covers records '
            yield escape(context.call((undefined(name='date_range') if l_0_date_range is missing else l_0_date_range), environment.getattr(l_1_c, 'date_range'), _loop_vars=_loop_vars))
            yield '.'
        yield '</p>\n'
        if environment.getattr(l_1_c, 'items'):
            pass
            yield '<list level="2">\n'
            l_2_loop = missing
            for l_2_it, l_2_loop in LoopContext(environment.getattr(l_1_c, 'items'), undefined):
                _loop_vars = {}
                pass
                yield '<item label="'
                yield escape(t_3(environment.getattr(l_2_loop, 'index')))
                yield '."><p style="plain">'
                yield escape(context.call((undefined(name='rich') if l_0_rich is missing else l_0_rich), l_2_it, _loop_vars=_loop_vars))
                yield '</p></item>\n'
            l_2_loop = l_2_it = missing
            yield '</list>\n'
        yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr(l_1_c, 'search'), 'plain', _loop_vars=_loop_vars))
        yield '</item>\n'
    l_1_loop = l_1_c = missing
    yield '</list>\n'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'date_range'):
        pass
        yield '<p>Unless an item says otherwise, this request covers records '
        yield escape(context.call((undefined(name='date_range') if l_0_date_range is missing else l_0_date_range), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'date_range'), _block_vars=_block_vars))
        yield '.</p>\n'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'redaction'):
        pass
        yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'redaction'), _block_vars=_block_vars))
        yield '\n'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'format'):
        pass
        yield '<p>Under '
        yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), 'request.format', _block_vars=_block_vars))
        yield ', an agency must provide records in any form or format requested if they are readily reproducible in that form or format.</p>\n'
        yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'format'), _block_vars=_block_vars))
        yield '\n'

def block_expedite(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_e = resolve('e')
    l_0_section = resolve('section')
    l_0_We = resolve('We')
    l_0_many = resolve('many')
    l_0_cite = resolve('cite')
    l_0_namespace = resolve('namespace')
    l_0_sub = resolve('sub')
    l_0_paras = resolve('paras')
    l_0_rule = resolve('rule')
    l_0_has_rule = resolve('has_rule')
    try:
        t_3 = environment.filters['letter_label']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'letter_label' found.")
    try:
        t_4 = environment.filters['roman']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'roman' found.")
    try:
        t_5 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    pass
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'expedite'):
        pass
        l_0_e = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'expedite')
        _block_vars['e'] = l_0_e
        yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'Request for Expedited Processing', 'expedite', _block_vars=_block_vars))
        yield '\n<p>'
        yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
        yield ' request'
        yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
        yield ' expedited processing under '
        yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), 'expedite', _block_vars=_block_vars))
        yield '.</p>\n'
        l_0_sub = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), n=0, _block_vars=_block_vars)
        _block_vars['sub'] = l_0_sub
        if ('urgency_to_inform' in environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'grounds')):
            pass
            yield '<p>There is a “compelling need” for these records: there is an urgency to inform the public about actual or alleged federal government activity, and the request is made by '
            yield escape(('persons' if (undefined(name='many') if l_0_many is missing else l_0_many) else 'a person'))
            yield ' primarily engaged in disseminating information. '
            yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), 'expedite.urgency_to_inform', _block_vars=_block_vars))
            yield '.</p>\n'
            if not isinstance(l_0_sub, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_sub['n'] = (environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n') + 1)
            yield '<h level="2" label="'
            yield escape(t_5(t_3(environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n'))))
            yield '.">'
            yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
            yield ' '
            yield escape(('are' if (undefined(name='many') if l_0_many is missing else l_0_many) else 'is'))
            yield ' primarily engaged in disseminating information</h>\n'
            def t_6(fiter):
                for l_1_q in fiter:
                    if environment.getattr(l_1_q, 'description'):
                        yield l_1_q
            l_1_loop = missing
            for l_1_q, l_1_loop in LoopContext(t_6(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'requesters')), undefined):
                _loop_vars = {}
                pass
                if (undefined(name='many') if l_0_many is missing else l_0_many):
                    pass
                    yield '<p style="subheading">'
                    yield escape(t_4(environment.getattr(l_1_loop, 'index'), False))
                    yield '. '
                    yield escape((environment.getattr(l_1_q, 'heading') or environment.getattr(l_1_q, 'organization')))
                    yield '</p>\n'
                yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr(l_1_q, 'description'), _loop_vars=_loop_vars))
                yield '\n'
            l_1_loop = l_1_q = missing
            yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'dissemination'), _block_vars=_block_vars))
            yield '\n'
            if not isinstance(l_0_sub, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_sub['n'] = (environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n') + 1)
            yield '<h level="2" label="'
            yield escape(t_5(t_3(environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n'))))
            yield '.">There is an urgency to inform the public about actual or alleged federal government activity</h>\n'
            yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getitem(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'grounds'), 'urgency_to_inform'), _block_vars=_block_vars))
            yield '\n'
        if ('imminent_threat' in environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'grounds')):
            pass
            if not isinstance(l_0_sub, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_sub['n'] = (environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n') + 1)
            yield '<h level="2" label="'
            yield escape(t_5(t_3(environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n'))))
            yield '.">Failure to obtain the records quickly could reasonably be expected to pose an imminent threat to the life or physical safety of an individual</h>\n<p>This is a “compelling need” under '
            yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), 'expedite.imminent_threat', _block_vars=_block_vars))
            yield '.</p>\n'
            yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getitem(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'grounds'), 'imminent_threat'), _block_vars=_block_vars))
            yield '\n'
        if ('due_process' in environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'grounds')):
            pass
            if not isinstance(l_0_sub, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_sub['n'] = (environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n') + 1)
            yield '<h level="2" label="'
            yield escape(t_5(t_3(environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n'))))
            yield '.">The request involves the loss of substantial due process rights</h>\n<p>Expedited processing is warranted on this ground under the agency’s regulation, '
            yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), 'expedite.due_process', _block_vars=_block_vars))
            yield '.</p>\n'
            yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getitem(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'grounds'), 'due_process'), _block_vars=_block_vars))
            yield '\n'
        if ('media_interest' in environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'grounds')):
            pass
            if not isinstance(l_0_sub, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_sub['n'] = (environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n') + 1)
            yield '<h level="2" label="'
            yield escape(t_5(t_3(environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n'))))
            yield '.">The request concerns a matter of widespread and exceptional media interest raising possible questions about the government’s integrity</h>\n<p>Expedited processing is warranted on this ground under the agency’s regulation, '
            yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), 'expedite.media_interest', _block_vars=_block_vars))
            yield '.'
            if context.call((undefined(name='has_rule') if l_0_has_rule is missing else l_0_has_rule), 'expedite.media_interest.routing', _block_vars=_block_vars):
                pass
                yield ' As '
                yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), 'expedite.media_interest.routing', _block_vars=_block_vars))
                yield ' requires for this ground, this request is addressed to the office that decides it.'
            yield '</p>\n'
            yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getitem(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'grounds'), 'media_interest'), _block_vars=_block_vars))
            yield '\n'
        yield '<p style="certification">'
        if environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'certified_by'):
            pass
            yield 'I, '
            yield escape(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'certified_by'))
            yield ', certify that the statements made in support of this request for expedited processing are true and correct to the best of my knowledge and belief.'
        else:
            pass
            yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
            yield ' certif'
            yield escape(('y' if (undefined(name='many') if l_0_many is missing else l_0_many) else 'ies'))
            yield ' that the statements made in support of this request for expedited processing are true and correct to the best of '
            yield escape(('their' if (undefined(name='many') if l_0_many is missing else l_0_many) else 'its'))
            yield ' knowledge and belief.'
        yield ' '
        yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), 'expedite.certification', _block_vars=_block_vars))
        yield '.</p>\n'

def block_fees(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_f = resolve('f')
    l_0_section = resolve('section')
    l_0_namespace = resolve('namespace')
    l_0_fsub = resolve('fsub')
    l_0_w = resolve('w')
    l_0_We = resolve('We')
    l_0_many = resolve('many')
    l_0_we = resolve('we')
    l_0_cite = resolve('cite')
    l_0_has_rule = resolve('has_rule')
    l_0_rule = resolve('rule')
    l_0_paras = resolve('paras')
    l_0_factor_titles = resolve('factor_titles')
    l_0_statute = resolve('statute')
    l_0_definition = resolve('definition')
    try:
        t_3 = environment.filters['letter_label']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'letter_label' found.")
    try:
        t_4 = environment.filters['roman']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'roman' found.")
    try:
        t_5 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    pass
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'fees'):
        pass
        l_0_f = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'fees')
        _block_vars['f'] = l_0_f
        yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'Fees', 'fees', _block_vars=_block_vars))
        yield '\n'
        l_0_fsub = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), n=0, _block_vars=_block_vars)
        _block_vars['fsub'] = l_0_fsub
        if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'waiver'):
            pass
            l_0_w = environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'waiver')
            _block_vars['w'] = l_0_w
            if not isinstance(l_0_fsub, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_fsub['n'] = (environment.getattr((undefined(name='fsub') if l_0_fsub is missing else l_0_fsub), 'n') + 1)
            yield '<h level="2" label="'
            yield escape(t_5(t_3(environment.getattr((undefined(name='fsub') if l_0_fsub is missing else l_0_fsub), 'n'))))
            yield '.">Request for a fee waiver</h>\n<p>'
            yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
            yield ' request'
            yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
            yield ' a waiver of all fees. Disclosure of the requested records is in the public interest because it is likely to contribute significantly to public understanding of the operations or activities of the government, and it is not primarily in the commercial interest of '
            yield escape(('the Requesters' if (undefined(name='many') if l_0_many is missing else l_0_many) else (undefined(name='we') if l_0_we is missing else l_0_we)))
            yield '. '
            yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), 'fees.waiver', _block_vars=_block_vars))
            yield '.</p>\n<p style="subheading">1. Disclosure is in the public interest'
            if context.call((undefined(name='has_rule') if l_0_has_rule is missing else l_0_has_rule), 'fees.waiver.public_interest_factors', _block_vars=_block_vars):
                pass
                yield ' ('
                yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), 'fees.waiver.public_interest_factors', _block_vars=_block_vars))
                yield ')'
            yield '</p>\n'
            yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'public_interest'), _block_vars=_block_vars))
            yield '\n'
            l_0_factor_titles = {'operations': 'The request concerns identifiable operations or activities of the federal government.', 'informative': 'Disclosure is likely to be meaningfully informative about those operations or activities.', 'audience': 'Disclosure will contribute to the understanding of a reasonably broad audience of persons interested in the subject.', 'significance': 'Disclosure will enhance the public’s understanding of the subject to a significant extent.', 'interest': markup_join(((undefined(name='We') if l_0_We is missing else l_0_We), ' ', ('have' if (undefined(name='many') if l_0_many is missing else l_0_many) else 'has'), ' no commercial interest that disclosure would further.', )), 'primary': 'The public interest is greater than any commercial interest in disclosure.'}
            _block_vars['factor_titles'] = l_0_factor_titles
            def t_7(fiter):
                for l_1_key in fiter:
                    if (l_1_key in environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'public_interest_factors')):
                        yield l_1_key
            l_1_loop = missing
            for l_1_key, l_1_loop in LoopContext(t_7(['operations', 'informative', 'audience', 'significance']), undefined):
                _loop_vars = {}
                pass
                yield '<p style="plain"><i>'
                yield escape(t_4(environment.getattr(l_1_loop, 'index'), False))
                yield '. '
                yield escape(environment.getitem((undefined(name='factor_titles') if l_0_factor_titles is missing else l_0_factor_titles), l_1_key))
                yield '</i>'
                if context.call((undefined(name='has_rule') if l_0_has_rule is missing else l_0_has_rule), markup_join(('fees.waiver.factor.', l_1_key, )), _loop_vars=_loop_vars):
                    pass
                    yield ' '
                    yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), markup_join(('fees.waiver.factor.', l_1_key, )), _loop_vars=_loop_vars))
                    yield '.'
                yield '</p>\n'
                yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getitem(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'public_interest_factors'), l_1_key), _loop_vars=_loop_vars))
                yield '\n'
            l_1_loop = l_1_key = missing
            yield '<p style="subheading">2. Disclosure is not primarily in the commercial interest of '
            yield escape(('the Requesters' if (undefined(name='many') if l_0_many is missing else l_0_many) else (undefined(name='we') if l_0_we is missing else l_0_we)))
            if context.call((undefined(name='has_rule') if l_0_has_rule is missing else l_0_has_rule), 'fees.waiver.commercial_interest', _block_vars=_block_vars):
                pass
                yield ' ('
                yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), 'fees.waiver.commercial_interest', _block_vars=_block_vars))
                yield ')'
            yield '</p>\n'
            yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'commercial_interest'), _block_vars=_block_vars))
            yield '\n'
            def t_8(fiter):
                for l_1_key in fiter:
                    if (l_1_key in environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'commercial_factors')):
                        yield l_1_key
            l_1_loop = missing
            for l_1_key, l_1_loop in LoopContext(t_8(['interest', 'primary']), undefined):
                _loop_vars = {}
                pass
                yield '<p style="plain"><i>'
                yield escape(t_4(environment.getattr(l_1_loop, 'index'), False))
                yield '. '
                yield escape(environment.getitem((undefined(name='factor_titles') if l_0_factor_titles is missing else l_0_factor_titles), l_1_key))
                yield '</i>'
                if context.call((undefined(name='has_rule') if l_0_has_rule is missing else l_0_has_rule), markup_join(('fees.waiver.factor.', l_1_key, )), _loop_vars=_loop_vars):
                    pass
                    yield ' '
                    yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), markup_join(('fees.waiver.factor.', l_1_key, )), _loop_vars=_loop_vars))
                    yield '.'
                yield '</p>\n'
                yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getitem(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'commercial_factors'), l_1_key), _loop_vars=_loop_vars))
                yield '\n'
            l_1_loop = l_1_key = missing
        if (environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'category') == 'news_media'):
            pass
            if not isinstance(l_0_fsub, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_fsub['n'] = (environment.getattr((undefined(name='fsub') if l_0_fsub is missing else l_0_fsub), 'n') + 1)
            yield '<h level="2" label="'
            yield escape(t_5(t_3(environment.getattr((undefined(name='fsub') if l_0_fsub is missing else l_0_fsub), 'n'))))
            yield '.">'
            yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
            yield ' '
            yield escape(('are representatives' if (undefined(name='many') if l_0_many is missing else l_0_many) else 'is a representative'))
            yield ' of the news media</h>\n<p>'
            yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
            yield ' '
            yield escape(('qualify as representatives' if (undefined(name='many') if l_0_many is missing else l_0_many) else 'qualifies as a representative'))
            yield ' of the news media within the meaning of '
            yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), 'fees.news_media_definition', _block_vars=_block_vars))
            yield ', and the records are not sought for commercial use. '
            yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
            yield ' may therefore be charged only reasonable standard charges for document duplication, '
            yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'fees.duplication_only', _block_vars=_block_vars))
            if context.call((undefined(name='has_rule') if l_0_has_rule is missing else l_0_has_rule), 'fees.no_search_fees', _block_vars=_block_vars):
                pass
                yield ', and no search fees, '
                yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), 'fees.no_search_fees', _block_vars=_block_vars))
            yield '; the first 100 pages of duplication are free, '
            yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), 'fees.free_pages', _block_vars=_block_vars))
            yield '.</p>\n'
            yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'news_media'), _block_vars=_block_vars))
            yield '\n'
        elif (environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'category') in ('educational', 'scientific')):
            pass
            if not isinstance(l_0_fsub, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_fsub['n'] = (environment.getattr((undefined(name='fsub') if l_0_fsub is missing else l_0_fsub), 'n') + 1)
            yield '<h level="2" label="'
            yield escape(t_5(t_3(environment.getattr((undefined(name='fsub') if l_0_fsub is missing else l_0_fsub), 'n'))))
            yield '.">Fee category</h>\n'
            l_0_definition = markup_join(('fees.', environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'category'), '_definition', ))
            _block_vars['definition'] = l_0_definition
            yield '<p>'
            yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
            yield ' '
            yield escape(('request' if (undefined(name='many') if l_0_many is missing else l_0_many) else 'requests'))
            yield ' records as '
            yield escape(('an educational institution' if (environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'category') == 'educational') else 'a noncommercial scientific institution'))
            if context.call((undefined(name='has_rule') if l_0_has_rule is missing else l_0_has_rule), (undefined(name='definition') if l_0_definition is missing else l_0_definition), _block_vars=_block_vars):
                pass
                yield ' within the meaning of '
                yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), (undefined(name='definition') if l_0_definition is missing else l_0_definition), _block_vars=_block_vars))
            yield ', for '
            yield escape(('scholarly' if (environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'category') == 'educational') else 'scientific'))
            yield ' research and not for commercial use, and may therefore be charged only reasonable standard charges for document duplication, '
            yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'fees.duplication_only', _block_vars=_block_vars))
            if context.call((undefined(name='has_rule') if l_0_has_rule is missing else l_0_has_rule), 'fees.no_search_fees', _block_vars=_block_vars):
                pass
                yield ', and no search fees, '
                yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), 'fees.no_search_fees', _block_vars=_block_vars))
            yield '; the first 100 pages of duplication are free, '
            yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), 'fees.free_pages', _block_vars=_block_vars))
            yield '.</p>\n'
            yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'institution'), _block_vars=_block_vars))
            yield '\n'
        if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'max_amount'):
            pass
            yield '<p>If '
            if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'waiver'):
                pass
                yield 'the fee waiver is not granted'
            else:
                pass
                yield 'fees are charged'
            yield ', '
            yield escape((undefined(name='we') if l_0_we is missing else l_0_we))
            yield ' agree'
            yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
            yield ' to pay fees of up to $'
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'max_amount'))
            yield '; please tell us before incurring any greater fees.</p>\n'

def block_closing(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_section = resolve('section')
    l_0_r = resolve('r')
    l_0_We = resolve('We')
    l_0_many = resolve('many')
    l_0_cite = resolve('cite')
    l_0_paras = resolve('paras')
    pass
    yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'Conclusion', 'conclusion', _block_vars=_block_vars))
    yield '\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'expedite'):
        pass
        yield '<p>'
        yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
        yield ' look'
        yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
        yield ' forward to a determination on the request for expedited processing within ten days. '
        yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), 'expedite.decision_time', _block_vars=_block_vars))
        yield '.</p>\n'
    yield from context.blocks['segregability'][0](context)
    yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'closing'), 'paragraphs'), _block_vars=_block_vars))
    yield '\n'
    yield from context.blocks['contact'][0](context)
    yield from context.blocks['delivery_of_records'][0](context)
    yield from context.blocks['thanks'][0](context)

def block_segregability(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_cite = resolve('cite')
    l_0_statute = resolve('statute')
    l_0_We = resolve('We')
    l_0_many = resolve('many')
    pass
    yield '<p>If any part of this request is denied, please identify each record or portion withheld and the exemption relied on, and release every reasonably segregable portion of records that are otherwise exempt. '
    yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), 'segregability', _block_vars=_block_vars))
    if context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'segregability.partial_disclosure', _block_vars=_block_vars):
        pass
        yield '; '
        yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'segregability.partial_disclosure', _block_vars=_block_vars))
    yield '. '
    yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
    yield ' reserve'
    yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
    yield ' the right to appeal any adverse determination.</p>\n'

def block_contact(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_c = missing
    pass
    l_0_c = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'closing')
    _block_vars['c'] = l_0_c
    if (environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'contact_phone') or environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'contact_email')):
        pass
        yield '<p>If we can clarify anything about this request, please contact us'
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'contact_phone'):
            pass
            yield ' at '
            yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'contact_phone'))
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'contact_email'):
            pass
            yield escape((' or' if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'contact_phone') else ' at'))
            yield ' <a href="mailto:'
            yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'contact_email'))
            yield '">'
            yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'contact_email'))
            yield '</a>'
        yield '.</p>\n'

def block_delivery_of_records(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_c = missing
    try:
        t_9 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    l_0_c = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'closing')
    _block_vars['c'] = l_0_c
    if (environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deliver_email') or environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deliver_address')):
        pass
        yield '<p>Please provide the records'
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deliver_email'):
            pass
            yield ' in electronic form by email to <a href="mailto:'
            yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deliver_email'))
            yield '">'
            yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deliver_email'))
            yield '</a>'
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deliver_address'):
            pass
            yield escape((', or, if they exist only on paper,' if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deliver_email') else ''))
            yield ' by mail to '
            yield escape(t_9(context.eval_ctx, environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deliver_address'), ', '))
        yield '.</p>\n'

def block_thanks(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '<p>Thank you for your attention to this request.</p>\n'

blocks = {'body': block_body, 'opening': block_opening, 'components': block_components, 'purpose': block_purpose, 'definitions': block_definitions, 'background': block_background, 'records': block_records, 'expedite': block_expedite, 'fees': block_fees, 'closing': block_closing, 'segregability': block_segregability, 'contact': block_contact, 'delivery_of_records': block_delivery_of_records, 'thanks': block_thanks}
debug_info = '6=12&7=17&9=26&12=27&17=28&20=29&28=30&34=31&61=32&97=33&142=34&9=36&10=57&12=90&13=112&14=115&17=132&18=142&20=145&21=154&23=157&24=162&28=168&29=179&30=181&31=183&34=186&35=208&36=210&38=221&39=225&40=234&42=238&43=242&47=248&50=252&51=255&53=257&54=259&56=261&57=264&58=266&61=269&62=306&63=308&64=310&65=312&66=318&67=320&68=323&69=329&70=337&71=345&73=352&75=355&76=359&77=363&79=365&80=369&81=373&82=375&84=377&85=381&86=385&87=387&89=389&90=393&91=397&92=405&94=408&97=425&98=467&99=469&100=471&101=473&102=475&103=477&104=481&105=485&106=493&107=499&108=501&116=503&117=512&118=522&120=526&121=533&122=535&123=544&124=554&127=557&128=561&129=569&130=585&131=587&132=591&133=595&134=598&135=618&137=620&138=623&142=637&143=651&144=653&145=656&147=662&150=663&151=665&157=666&163=667&147=669&148=682&151=693&152=703&153=705&154=708&157=722&158=738&159=740&160=743&163=757'

# Compiled from templates/letter.xml.j2 by tools/compile_templates.py; do not edit.
SOURCE_SHA256 = '64748657d9330a757a771d5a9f09bad1d85de7f94f5477d35724316e3807db94'
JINJA_VERSION = '3.1.6'
