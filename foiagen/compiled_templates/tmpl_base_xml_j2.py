from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'base.xml.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_r = resolve('r')
    l_0_v = resolve('v')
    l_0_namespace = resolve('namespace')
    l_0_many = l_0_we = l_0_We = l_0_agency_names = l_0_ns = l_0_section = l_0_named = l_0_date_range = l_0_signing_lines = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['long_date']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'long_date' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['roman']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'roman' found.")
    try:
        t_6 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    l_0_many = (t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'requesters')) > 1)
    context.vars['many'] = l_0_many
    context.exported_vars.add('many')
    l_0_we = environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'subject')
    context.vars['we'] = l_0_we
    context.exported_vars.add('we')
    l_0_We = environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'Subject')
    context.vars['We'] = l_0_We
    context.exported_vars.add('We')
    l_0_agency_names = t_2(context.eval_ctx, t_4(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'agencies'), attribute='the_short'))
    context.vars['agency_names'] = l_0_agency_names
    context.exported_vars.add('agency_names')
    l_0_ns = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), section=0)
    context.vars['ns'] = l_0_ns
    context.exported_vars.add('ns')
    def macro(l_1_title, l_1_key):
        t_7 = []
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        if l_1_key is missing:
            l_1_key = undefined("parameter 'key' was not provided", name='key')
        pass
        if not isinstance(l_0_ns, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_ns['section'] = (environment.getattr((undefined(name='ns') if l_0_ns is missing else l_0_ns), 'section') + 1)
        t_7.extend((
            '<h level="1" label="',
            escape(t_5(environment.getattr((undefined(name='ns') if l_0_ns is missing else l_0_ns), 'section'))),
            '." key="',
            escape(l_1_key),
            '">',
            escape(l_1_title),
            '</h>\n',
        ))
        return concat(t_7)
    context.exported_vars.add('section')
    context.vars['section'] = l_0_section = Macro(environment, macro, 'section', ('title', 'key'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_party):
        t_8 = []
        if l_1_party is missing:
            l_1_party = undefined("parameter 'party' was not provided", name='party')
        pass
        t_8.append(
            escape((environment.getattr(l_1_party, 'the_name') if t_6(environment.getattr(l_1_party, 'the_name')) else environment.getattr(l_1_party, 'display_name'))),
        )
        if (t_6(environment.getattr(l_1_party, 'abbreviation')) and environment.getattr(l_1_party, 'abbreviation')):
            pass
            t_8.extend((
                ' (“',
                escape(environment.getattr(l_1_party, 'abbreviation')),
                '”)',
            ))
        elif (t_6(environment.getattr(l_1_party, 'short_name')) and environment.getattr(l_1_party, 'short_name')):
            pass
            t_8.extend((
                ' (“',
                escape(environment.getattr(l_1_party, 'short_name')),
                '”)',
            ))
        return concat(t_8)
    context.exported_vars.add('named')
    context.vars['named'] = l_0_named = Macro(environment, macro, 'named', ('party',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_dr):
        t_9 = []
        if l_1_dr is missing:
            l_1_dr = undefined("parameter 'dr' was not provided", name='dr')
        pass
        if (environment.getattr(l_1_dr, 'end_words') and environment.getattr(l_1_dr, 'start')):
            pass
            t_9.extend((
                'created or operative from ',
                escape(t_3(environment.getattr(l_1_dr, 'start'))),
                ' through ',
                escape(environment.getattr(l_1_dr, 'end_words')),
            ))
        elif environment.getattr(l_1_dr, 'end_words'):
            pass
            t_9.extend((
                'created or operative through ',
                escape(environment.getattr(l_1_dr, 'end_words')),
            ))
        elif (environment.getattr(l_1_dr, 'start') and environment.getattr(l_1_dr, 'end')):
            pass
            t_9.extend((
                'created or operative from ',
                escape(t_3(environment.getattr(l_1_dr, 'start'))),
                ' through ',
                escape(t_3(environment.getattr(l_1_dr, 'end'))),
            ))
        elif environment.getattr(l_1_dr, 'start'):
            pass
            t_9.extend((
                'created or operative on or after ',
                escape(t_3(environment.getattr(l_1_dr, 'start'))),
            ))
        else:
            pass
            t_9.extend((
                'created on or before ',
                escape(t_3(environment.getattr(l_1_dr, 'end'))),
            ))
        return concat(t_9)
    context.exported_vars.add('date_range')
    context.vars['date_range'] = l_0_date_range = Macro(environment, macro, 'date_range', ('dr',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_p):
        t_10 = []
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        pass
        t_10.append(
            '<p style="certification">',
        )
        if (environment.getattr(l_1_p, 'declaration') == 'outside'):
            pass
            t_10.append(
                'I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct.',
            )
        else:
            pass
            t_10.append(
                'I declare under penalty of perjury that the foregoing is true and correct.',
            )
        t_10.extend((
            '</p>\n<p style="plain">Executed on ______________________ at ______________________.</p>\n<signatures><signature><line>______________________________</line><line>',
            escape(environment.getattr(l_1_p, 'name')),
            '</line></signature></signatures>\n',
        ))
        return concat(t_10)
    context.exported_vars.add('signing_lines')
    context.vars['signing_lines'] = l_0_signing_lines = Macro(environment, macro, 'signing_lines', ('p',), False, False, False, context.eval_ctx.autoescape)
    yield '<letter>\n'
    yield from context.blocks['meta'][0](context)
    yield from context.blocks['letterhead'][0](context)
    yield from context.blocks['return_address'][0](context)
    yield from context.blocks['dateline'][0](context)
    yield from context.blocks['addresses'][0](context)
    yield from context.blocks['delivery'][0](context)
    yield from context.blocks['subject'][0](context)
    yield from context.blocks['salutation'][0](context)
    yield from context.blocks['body'][0](context)
    yield from context.blocks['valediction'][0](context)
    yield from context.blocks['signatures'][0](context)
    yield from context.blocks['enclosures'][0](context)
    yield from context.blocks['pages'][0](context)
    yield '</letter>\n'

def block_meta(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_agency_names = resolve('agency_names')
    try:
        t_11 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_12 = environment.filters['join_words']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'join_words' found.")
    try:
        t_3 = environment.filters['long_date']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'long_date' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    pass
    yield '<meta title="Re: '
    yield escape(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'subject'))
    yield '" author="'
    yield escape(t_11(context.eval_ctx, t_4(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'requesters'), attribute='display_name'), '; '))
    yield '" subject="Freedom of Information Act request to '
    yield escape(t_12((undefined(name='agency_names') if l_0_agency_names is missing else l_0_agency_names)))
    yield '" lang="en-US" date="'
    yield escape(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'date'))
    yield '">\n  <header>'
    yield escape(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'title'))
    yield '</header>\n  <header>'
    yield escape(t_3(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'date')))
    yield '</header>\n  <keyword>Freedom of Information Act</keyword>\n  <keyword>FOIA request</keyword>\n</meta>\n'

def block_letterhead(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_heads = missing
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_13 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_14 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_14(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_heads = t_2(context.eval_ctx, t_13(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'requesters'), 'letterhead'))
    _block_vars['heads'] = l_0_heads
    if (undefined(name='heads') if l_0_heads is missing else l_0_heads):
        pass
        yield '<letterhead>'
        def t_15(fiter):
            for l_1_q in fiter:
                if (not t_14(environment.getattr(l_1_q, 'logo'))):
                    yield l_1_q
        for l_1_q in t_15((undefined(name='heads') if l_0_heads is missing else l_0_heads)):
            l_1_logo_ref = resolve('logo_ref')
            _loop_vars = {}
            pass
            yield '<logo ref="'
            yield escape(context.call((undefined(name='logo_ref') if l_1_logo_ref is missing else l_1_logo_ref), l_1_q, _loop_vars=_loop_vars))
            yield '"/>'
        l_1_q = l_1_logo_ref = missing
        for l_1_q in (undefined(name='heads') if l_0_heads is missing else l_0_heads):
            _loop_vars = {}
            pass
            yield '<name>'
            yield escape((environment.getattr(l_1_q, 'organization') or environment.getattr(l_1_q, 'display_name')))
            yield '</name>'
        l_1_q = missing
        yield '</letterhead>\n'

def block_return_address(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    def t_16(fiter):
        for l_1_q in fiter:
            if (environment.getattr(l_1_q, 'kind') == 'individual'):
                yield l_1_q
    for l_1_q in t_16(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'requesters')):
        _loop_vars = {}
        pass
        yield '<address>\n  <line>'
        yield escape(environment.getattr(l_1_q, 'name'))
        yield '</line>\n'
        for l_2_line in environment.getattr(l_1_q, 'contact_lines'):
            _loop_vars = {}
            pass
            yield '  <line>'
            yield escape(l_2_line)
            yield '</line>\n'
        l_2_line = missing
        yield '</address>\n'
    l_1_q = missing

def block_dateline(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    try:
        t_3 = environment.filters['long_date']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'long_date' found.")
    pass
    yield '<p style="date">'
    yield escape(t_3(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'date')))
    yield '</p>\n'

def block_addresses(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    for l_1_a in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'agencies'):
        _loop_vars = {}
        pass
        yield '<address>\n  <line>'
        yield escape(environment.getattr(l_1_a, 'name'))
        yield '</line>\n'
        if environment.getattr(environment.getattr(l_1_a, 'officer'), 'name'):
            pass
            yield '  <line>'
            yield escape(environment.getattr(environment.getattr(l_1_a, 'officer'), 'name'))
            yield '</line>\n'
        if environment.getattr(environment.getattr(l_1_a, 'officer'), 'title'):
            pass
            yield '  <line>'
            yield escape(environment.getattr(environment.getattr(l_1_a, 'officer'), 'title'))
            yield '</line>\n'
        for l_2_line in environment.getattr(l_1_a, 'office'):
            _loop_vars = {}
            pass
            yield '  <line>'
            yield escape(l_2_line)
            yield '</line>\n'
        l_2_line = missing
        for l_2_line in environment.getattr(l_1_a, 'address'):
            _loop_vars = {}
            pass
            yield '  <line>'
            yield escape(l_2_line)
            yield '</line>\n'
        l_2_line = missing
        if (environment.getattr(l_1_a, 'email') and context.call(environment.getattr(l_1_a, 'accepts'), 'email', environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'date'), _loop_vars=_loop_vars)):
            pass
            yield '  <line><a href="mailto:'
            yield escape(environment.getattr(l_1_a, 'email'))
            yield '">'
            yield escape(environment.getattr(l_1_a, 'email'))
            yield '</a></line>\n'
        yield '</address>\n'
    l_1_a = missing

def block_delivery(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'delivery'):
        pass
        yield '<p style="via"><i>'
        yield escape(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'delivery'))
        yield '</i></p>\n'

def block_subject(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    yield '<p style="re" label="Re:"><b>'
    yield escape(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'subject'))
    yield '</b></p>\n'

def block_salutation(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    yield '<p style="salutation">'
    yield escape(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'salutation'))
    yield '</p>\n'

def block_body(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_valediction(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    yield '<p style="closing">'
    yield escape(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'closing'), 'valediction'))
    yield '</p>\n'

def block_signatures(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_signature_contacts = resolve('signature_contacts')
    pass
    yield '<signatures>\n'
    l_1_loop = missing
    for l_1_s, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'signatories'), undefined):
        _loop_vars = {}
        pass
        yield '<signature><line>'
        if (environment.getattr(l_1_s, 'signature') == 'blank'):
            pass
            yield '______________________________'
        else:
            pass
            yield '/s/ '
            yield escape(environment.getattr(l_1_s, 'name'))
        yield '</line><line>'
        yield escape(environment.getattr(l_1_s, 'name'))
        yield '</line>'
        if environment.getattr(l_1_s, 'title'):
            pass
            yield '<line>'
            yield escape(environment.getattr(l_1_s, 'title'))
            yield '</line>'
        if environment.getattr(l_1_s, 'organization'):
            pass
            yield '<line>'
            yield escape(environment.getattr(l_1_s, 'organization'))
            yield '</line>'
        for l_2_line in context.call(environment.getattr(environment.getattr((undefined(name='signature_contacts') if l_0_signature_contacts is missing else l_0_signature_contacts), 'by_signatory'), 'get'), environment.getattr(l_1_loop, 'index0'), [], _loop_vars=_loop_vars):
            _loop_vars = {}
            pass
            yield '<line>'
            yield escape(l_2_line)
            yield '</line>'
        l_2_line = missing
        yield '</signature>\n'
    l_1_loop = l_1_s = missing
    yield '</signatures>\n'
    for (l_1_name, l_1_lines) in environment.getattr((undefined(name='signature_contacts') if l_0_signature_contacts is missing else l_0_signature_contacts), 'loose'):
        _loop_vars = {}
        pass
        yield '<address>\n  <line>'
        yield escape(l_1_name)
        yield '</line>\n'
        for l_2_line in l_1_lines:
            _loop_vars = {}
            pass
            yield '  <line>'
            yield escape(l_2_line)
            yield '</line>\n'
        l_2_line = missing
        yield '</address>\n'
    l_1_name = l_1_lines = missing

def block_enclosures(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    if (t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'enclosures')) == 1):
        pass
        yield '<p style="plain">Enclosure: '
        yield escape(environment.getattr(environment.getitem(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'enclosures'), 0), 'description'))
        yield '</p>\n'
    elif environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'enclosures'):
        pass
        yield '<p style="plain">Enclosures:</p>\n<list level="1">\n'
        l_1_loop = missing
        for l_1_x, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'enclosures'), undefined):
            _loop_vars = {}
            pass
            yield '<item label="'
            yield escape(environment.getattr(l_1_loop, 'index'))
            yield '."><p style="plain">'
            yield escape(environment.getattr(l_1_x, 'description'))
            yield '</p></item>\n'
        l_1_loop = l_1_x = missing
        yield '</list>\n'

def block_pages(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'meta': block_meta, 'letterhead': block_letterhead, 'return_address': block_return_address, 'dateline': block_dateline, 'addresses': block_addresses, 'delivery': block_delivery, 'subject': block_subject, 'salutation': block_salutation, 'body': block_body, 'valediction': block_valediction, 'signatures': block_signatures, 'enclosures': block_enclosures, 'pages': block_pages}
debug_info = '6=51&7=54&8=57&9=60&10=63&11=66&13=88&14=113&15=155&16=163&18=175&21=182&29=183&35=184&44=185&47=186&64=187&69=188&72=189&75=190&76=191&79=192&93=193&105=194&21=197&22=232&23=240&24=242&29=245&30=273&31=275&32=278&35=299&36=308&38=316&39=318&44=328&45=344&47=347&48=356&50=360&51=362&53=367&55=372&57=379&59=386&64=396&65=405&66=408&69=411&70=421&72=424&73=434&75=437&76=446&77=456&79=459&81=471&82=475&85=505&87=509&88=511&93=521&94=536&95=539&96=541&99=545&100=549&105=556'

# Compiled from templates/base.xml.j2 by tools/compile_templates.py; do not edit.
SOURCE_SHA256 = 'e93cdec755b8b1f19424a63fe05b5f14447fd8885a76c3b97db67dac36e31ebb'
JINJA_VERSION = '3.1.6'
